import type { LoginResponse, ProblemFieldError } from './api';
import { authStore } from './auth-store';

/**
 * The one way the portal talks to the service: adds the bearer token (renewed first when it is
 * about to end), turns problem+json into a typed ApiError, turns a failed fetch into a
 * NetworkError, and sends a 401 to the login page.
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

  constructor(init: {
    status: number;
    code: string;
    detail?: string | null;
    errors?: ProblemFieldError[];
    retryAfter?: number | null;
  }) {
    super(`${init.status} ${init.code}${init.detail ? `: ${init.detail}` : ''}`);
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail ?? null;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter ?? null;
  }
}

/** The request never got an answer (offline, service down, proxy error without a body). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Set false for requests where a 401 is an answer, not an expired session (the login itself). */
  redirectOn401?: boolean;
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

const baseUrl: string = import.meta.env.VITE_API_BASE_URL ?? '';

const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'AUTHENTICATION_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  429: 'TOO_MANY_ATTEMPTS',
};

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
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

/** Reads an error response into an ApiError; never throws. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  const problem = isRecord(body) ? body : {};
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
    const renewed = await send<LoginResponse>(
      '/api/auth/refresh',
      { method: 'POST', body: { refreshToken: session.refreshToken }, redirectOn401: false },
      null,
    );
    authStore.setSession(renewed);
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
      authStore.clear();
      return false;
    }
    throw error;
  }
}

export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  if (authStore.needsRenewal(RENEW_BEFORE_MS)) await renewSession();
  return send<T>(path, options, authStore.getToken());
}

/** One request with {@code token} (if any): the answer's body, or an ApiError / NetworkError. */
async function send<T>(path: string, options: RequestOptions, token: string | null): Promise<T> {
  const { method = 'GET', query, body, signal, redirectOn401 = true } = options;
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError('The service could not be reached', { cause: error });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    // A proxy that cannot reach the service answers 5xx without a problem body (Vite's: 500).
    if (response.status >= 500 && error.code === 'UNKNOWN') {
      throw new NetworkError(`The service answered ${response.status}`);
    }
    if (response.status === 401 && redirectOn401) {
      authStore.clear();
      unauthorizedHandler(currentLocation());
    }
    throw error;
  }

  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new ApiError({ status: response.status, code: 'UNKNOWN', detail: String(error) });
  }
}

export const apiClient = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiFetch<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiFetch<T>(path, { ...options, method: 'POST', body }),
};
