import { ApiError, NetworkError } from './api-client';
import type { ProblemCode } from './api';
import { translate, type Locale, type MessageKey } from './i18n';

/**
 * Every stable problem `code` of the service (the service's ErrorCode enum). Each has a friendly sentence in
 * the catalogues (`problem.<CODE>` in i18n/nl.ts and en.ts); the portal shows these, never `detail` or a raw error.
 */
export const PROBLEM_CODES = [
  'AUTHENTICATION_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'IMPORT_FILE_INVALID',
  'IMPORT_FILE_MALFORMED',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUEST_TOO_LARGE',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'SESSION_ENDED',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'DEACTIVATION_REFUSED',
  'CONFLICT',
  'RESERVATIONS_NOT_ALLOWED',
  'AVAILABLE_ON_SHELF',
  'LIBRARY_LINK_MISSING',
  'LIBRARY_MEMBERSHIP_REQUIRED',
  'PICKUP_LOCATION_INVALID',
  'TITLE_NOT_RESERVABLE',
  'DUPLICATE_RESERVATION',
  'RESERVATION_LIMIT_REACHED',
  'LOAN_BLOCKED',
  'HELD_FOR_ANOTHER_PATRON',
  'COPY_NOT_AVAILABLE',
  'TITLE_EXISTS',
  'BARCODE_TAKEN',
  'COPY_ON_LOAN',
  'COPY_WITHDRAWN',
  'COPY_HELD_OR_IN_TRANSIT',
  'CODE_TAKEN',
  'BRIN_TAKEN',
  'USERNAME_TAKEN',
  'LOCATION_IN_USE',
  'LAST_ADMINISTRATOR',
  'PASSWORD_TOO_WEAK',
  'CURRENT_PASSWORD_WRONG',
  'PASSWORD_CHANGE_REQUIRED',
  'TEMPORARY_PASSWORD_EXPIRED',
  'SETUP_DONE',
  'SETUP_TOKEN_INVALID',
  'WEBHOOK_URL_INVALID',
  'TEMPLATE_INVALID',
  'DELIVERY_NOT_RETRYABLE',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const satisfies readonly ProblemCode[];
// A test compares this list with the contract's ProblemCode enum and the service's ErrorCode enum.
export type { ProblemCode };

/** Situations of the portal itself, not codes of the service. */
export type ClientProblem = 'NETWORK_ERROR' | 'UNKNOWN';

/** The catalogue key of a problem (the type check fails while a code has no `problem.<CODE>` message). */
export function problemKey(kind: ProblemCode | ClientProblem): MessageKey {
  return `problem.${kind}`;
}

export function isProblemCode(code: string): code is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(code);
}

/** What kind of problem an error is, for the catalogue. */
export function problemKind(error: unknown): ProblemCode | ClientProblem {
  if (error instanceof NetworkError) return 'NETWORK_ERROR';
  if (error instanceof ApiError) {
    if (isProblemCode(error.code)) return error.code;
    if (error.status === 401) return 'AUTHENTICATION_REQUIRED';
    if (error.status === 403) return 'FORBIDDEN';
    if (error.status === 404) return 'NOT_FOUND';
  }
  return 'UNKNOWN';
}

/** The friendly sentence for any error, in the given language, with what the problem carries (e.g. its limit). */
export function problemMessage(error: unknown, locale: Locale): string {
  const values = error instanceof ApiError && error.limit != null ? { limit: error.limit } : undefined;
  return translate(locale, problemKey(problemKind(error)), values);
}
