import createClient, {
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
} from 'openapi-fetch';
import type { ProblemFieldError } from './api';
import type { paths } from './api-types';
import { authStore } from './auth-store';

/**
 * The one way the portal talks to the service: `api.GET('/api/titles/{id}', { params: { path: { id } } })`,
 * typed by the contract (openapi-fetch over the generated `paths`). It adds the bearer token (renewed
 * first when it is about to end), answers with the body, turns problem+json into a typed ApiError,
 * turns a failed fetch into a NetworkError, and sends a 401 to the login page.
 */

/** A problem+json answer of the service (or an error status without one). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** The stable reason code, e.g. NOT_FOUND; derived from the status when the body has none. */
  readonly code: string;
  readonly detail: string | null;
  readonly errors: ProblemFieldError[];
  /** Seconds from a Retry-After header (429), if any. */
  readonly retryAfter: number | null;
  /** The limit that was reached (RESERVATION_LIMIT_REACHED), if the problem names one. */
  readonly limit: number | null;
  /** The problem's other members (e.g. TITLE_EXISTS carries `titleId`). */
  readonly extensions: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    detail?: string | null;
    errors?: ProblemFieldError[];
    retryAfter?: number | null;
    limit?: number | null;
    extensions?: Record<string, unknown>;
  }) {
    super(`${init.status} ${init.code}${init.detail ? `: ${init.detail}` : ''}`);
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail ?? null;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.limit = init.limit ?? null;
    this.extensions = init.extensions ?? {};
  }
}

/** The request never got an answer (offline, service down, proxy error without a body). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

type UnauthorizedHandler = (returnTo: string) => void;

const defaultUnauthorizedHandler: UnauthorizedHandler = (returnTo) => {
  window.location.assign(loginPath(returnTo));
};
let unauthorizedHandler: UnauthorizedHandler = defaultUnauthorizedHandler;

/** The app registers router navigation here; the default does a full page load. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null) {
  unauthorizedHandler = handler ?? defaultUnauthorizedHandler;
}

export const LOGIN_PATH = '/inloggen';

export function loginPath(returnTo?: string): string {
  // A second 401 arriving on the login page keeps where the first came from (a nested returnTo would lose it).
  if (returnTo?.startsWith(`${LOGIN_PATH}?`)) return returnTo;
  return returnTo && returnTo !== LOGIN_PATH
    ? `${LOGIN_PATH}?returnTo=${encodeURIComponent(returnTo)}`
    : LOGIN_PATH;
}

const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'AUTHENTICATION_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  429: 'TOO_MANY_ATTEMPTS',
};

/** The query string without empty values (undefined, null, ''). */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  return params.toString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFieldErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({
    field: typeof e.field === 'string' ? e.field : '',
    message: typeof e.message === 'string' ? e.message : '',
  }));
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, Math.round((date - Date.now()) / 1000)) : null;
}

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors', 'limit']);

/** The members of a problem beyond those RFC 9457 and the service always use. */
function problemExtensions(problem: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(problem).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
}

/** An error answer as an ApiError; `body` is its text, parsed as JSON where it was JSON. */
function toApiError(response: Response, body: unknown): ApiError {
  const type = response.headers.get('content-type') ?? '';
  const problem = type.includes('json') && isRecord(body) ? body : {};
  const code =
    typeof problem.code === 'string' && problem.code
      ? problem.code
      : (STATUS_CODES[response.status] ?? 'UNKNOWN');
  return new ApiError({
    status: response.status,
    code,
    detail: typeof problem.detail === 'string' ? problem.detail : null,
    errors: parseFieldErrors(problem.errors),
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    limit: typeof problem.limit === 'number' ? problem.limit : null,
    extensions: problemExtensions(problem),
  });
}

function currentLocation(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}

/** Renew this long before the access token ends, so a request never travels with a dying one. */
export const RENEW_BEFORE_MS = 30_000;

let renewing: Promise<boolean> | null = null;

/**
 * Buys a new access token with the session's refresh token (which the answer replaces). One
 * renewal at a time: requests that find the token ending meanwhile wait for the same one (a
 * refresh token used twice would end the session). False when the service ended the session
 * (idle too long, logged out, disabled): the session is cleared.
 */
export function renewSession(): Promise<boolean> {
  renewing ??= renew().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renew(): Promise<boolean> {
  const session = authStore.getSession();
  if (!session) return false;
  try {
    const body = { refreshToken: session.refreshToken };
    authStore.setSession(await api.POST(REFRESH_PATH, { body, redirectOn401: false }));
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
      authStore.clear();
      return false;
    }
    throw error;
  }
}

type Client = typeof client;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export interface CallOptions {
  /** Set false where a 401 is an answer, not an expired session (the login itself, the unread badge). */
  redirectOn401?: boolean;
}
type InitParam<Init> = undefined extends Init ? [init?: Init & CallOptions] : [init: Init & CallOptions];

/** A contract call that answers with the success body (undefined for 204) or throws ApiError / NetworkError. */
type Call<M extends Method> = <
  P extends ClientPathsWithMethod<Client, M>,
  Init extends MaybeOptionalInit<paths[P], M>,
>(
  path: P,
  ...init: InitParam<Init>
) => Promise<NonNullable<FetchResponse<paths[P][M] & object, Init, `${string}/${string}`>['data']>>;

const REFRESH_PATH = '/api/auth/refresh' satisfies ClientPathsWithMethod<Client, 'post'>;

const client = createClient<paths>({
  // Absolute, so requests resolve the same in the browser and in Node (the unit tests).
  baseUrl: new URL(import.meta.env.VITE_API_BASE_URL ?? '', window.location.origin).href,
  headers: { Accept: 'application/json, application/problem+json' },
  querySerializer: queryString,
  // Looked up per request, so a fetch replaced after this module loaded (the tests' mock service) is used.
  fetch: (request) => globalThis.fetch(request),
});

const bearerToken: Middleware = {
  async onRequest({ request, schemaPath }) {
    // The renewal itself travels without the ending token.
    if (schemaPath === REFRESH_PATH) return;
    if (authStore.needsRenewal(RENEW_BEFORE_MS)) await renewSession();
    // Read at once when no renewal is due: logout sends the token and then clears the session.
    const token = authStore.getToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
  },
  onError({ error }) {
    // By name: the DOMException may come from another realm (Node's fetch under jsdom in the unit tests).
    if (error instanceof Error && error.name === 'AbortError') return;
    return new NetworkError('The service could not be reached', { cause: error });
  },
};
client.use(bearerToken);

/** The success body: undefined for 204, else JSON (an unreadable body is an ApiError). */
function readBody(text: string | undefined, response: Response): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError({ status: response.status, code: 'UNKNOWN', detail: String(error) });
  }
}

function failure(response: Response, body: unknown, redirectOn401: boolean): Error {
  const error = toApiError(response, body);
  // A proxy that cannot reach the service answers 5xx without a problem body (Vite's: 500).
  if (response.status >= 500 && error.code === 'UNKNOWN') {
    return new NetworkError(`The service answered ${response.status}`);
  }
  if (response.status === 401 && redirectOn401) {
    authStore.clear();
    unauthorizedHandler(currentLocation());
  }
  // Logged in with a temporary password or start code: the portal sends the user to choose a password first.
  if (response.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') authStore.requirePasswordChange();
  return error;
}

function call<M extends Method>(method: M): Call<M> {
  const request = client.request as (
    method: M,
    path: string,
    init: object,
  ) => Promise<{ data?: string; error?: unknown; response: Response }>;
  return (async (path: string, { redirectOn401 = true, ...init }: CallOptions = {}) => {
    const { data, error, response } = await request(method, path, { ...init, parseAs: 'text' });
    if (!response.ok) throw failure(response, error, redirectOn401);
    return readBody(data, response);
  }) as Call<M>;
}

/** The typed client: paths, parameters, bodies and answers come from openapi.yaml. */
export const api = {
  GET: call('get'),
  POST: call('post'),
  PUT: call('put'),
  PATCH: call('patch'),
  DELETE: call('delete'),
};
