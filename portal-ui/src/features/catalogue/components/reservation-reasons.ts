import { ApiError, NetworkError } from '../../../lib/api-client';
import { translate, type Locale, type MessageKey } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';

/** The reason codes a pickup option (or placing a reservation) can be refused with, in a child's words. */
const REASON_KEYS: Record<string, MessageKey> = {
  AVAILABLE_ON_SHELF: 'reserve.reason.AVAILABLE_ON_SHELF',
  LIBRARY_LINK_MISSING: 'reserve.reason.LIBRARY_LINK_MISSING',
  LIBRARY_MEMBERSHIP_REQUIRED: 'reserve.reason.LIBRARY_MEMBERSHIP_REQUIRED',
  TITLE_NOT_RESERVABLE: 'reserve.reason.TITLE_NOT_RESERVABLE',
  DUPLICATE_RESERVATION: 'reserve.reason.DUPLICATE_RESERVATION',
  RESERVATION_LIMIT_REACHED: 'reserve.reason.RESERVATION_LIMIT_REACHED',
  RESERVATIONS_NOT_ALLOWED: 'reserve.reason.RESERVATIONS_NOT_ALLOWED',
  PICKUP_LOCATION_INVALID: 'reserve.reason.PICKUP_LOCATION_INVALID',
};

export const RESERVATION_REASON_CODES = Object.keys(REASON_KEYS);

/**
 * Why an option is not allowed, with the limit the refusal names (RESERVATION_LIMIT_REACHED); never the
 * service's own `reason` text (English, for integrators).
 */
export function optionReasonText(
  code: string | null | undefined,
  locale: Locale,
  limit?: number | null,
): string {
  const key = code ? REASON_KEYS[code] : undefined;
  return translate(locale, key ?? 'reserve.reason.other', limit != null ? { limit } : undefined);
}

/** A failed POST /api/reservations in words: the option wording for refusals, else the problem table. */
export function placeErrorText(error: unknown, locale: Locale): string {
  if (error instanceof ApiError && REASON_KEYS[error.code]) {
    return optionReasonText(error.code, locale, error.limit);
  }
  return problemMessage(error, locale);
}

/** The reservation did not get through (no connection, the service failed): trying again may work. */
export function placeMayWorkAgain(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}
