import { intlFor, type Locale } from './i18n';

/**
 * The one place where dates (and lists) are written, in the UI language through react-intl (Intl).
 * Children read whole words ("vrijdag 4 december"); staff screens may use the compact forms.
 */

/** Parses "2026-12-04" as a local calendar date (not UTC midnight) and full ISO timestamps as-is. */
export function parseDate(value: string): Date | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = dateOnly
    ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))
    : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Writes `value` with `options`; the year is added when it is not this year. Unparseable values stay as they are. */
function formatDate(value: string, locale: Locale, options: Intl.DateTimeFormatOptions, now: Date): string {
  const date = parseDate(value);
  if (!date) return value;
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return intlFor(locale).formatDate(date, { ...options, year });
}

/**
 * A day the way the student screens say it, with no abbreviations (they confuse 8-year-olds):
 * "vrijdag 4 december" / "Friday 4 December", with the year only when it is not this year
 * ("vrijdag 15 januari 2027").
 */
export function formatDay(value: string, locale: Locale, now: Date = new Date()): string {
  return formatDate(value, locale, { weekday: 'long', day: 'numeric', month: 'long' }, now);
}

/** Staff, compact: "vr 4 dec" / "Fri 4 Dec", a pickup-by date the way it is said at the desk. */
export function formatDeskDate(value: string, locale: Locale, now: Date = new Date()): string {
  return formatDate(value, locale, { weekday: 'short', day: 'numeric', month: 'short' }, now)
    .replace(/\./g, '')
    .replace(/,/g, '');
}

/** Staff, compact: "22 nov, 14:05" for timestamps (placed at, since). */
export function formatDeskDateTime(value: string, locale: Locale, now: Date = new Date()): string {
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  };
  return formatDate(value, locale, options, now).replace(/\./g, '');
}

/** "14:05" — the time of a scan in the desk's session list. */
export function formatDeskTime(value: string, locale: Locale): string {
  const date = parseDate(value);
  if (!date) return value;
  return intlFor(locale).formatTime(date, { hour: '2-digit', minute: '2-digit' });
}

/** "4 december 2026" */
export function formatLongDate(value: string, locale: Locale): string {
  const date = parseDate(value);
  if (!date) return value;
  return intlFor(locale).formatDate(date, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Joins names the way people say them: "A, B en C" / "A, B and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return intlFor(locale).formatList(items, { style: 'long', type: 'conjunction' });
}

/** "2026-12-04" for a local calendar day. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local calendar day `days` after `from` (today by default), as "YYYY-MM-DD". */
export function isoDayFromNow(days: number, from: Date = new Date()): string {
  return isoDay(new Date(from.getFullYear(), from.getMonth(), from.getDate() + days));
}

export type DayProblem = 'date.required' | 'date.invalid' | 'date.notAfterToday' | 'date.tooFar';

/**
 * Checks a date from a date field before it is sent: filled in, a real day, after today and at most
 * a year ahead. Returns the message key of the problem, or null when the date is fine.
 */
export function validateFutureDay(value: string, now: Date = new Date()): DayProblem | null {
  if (!value.trim()) return 'date.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date.invalid';
  const date = parseDate(value);
  if (!date || isoDay(date) !== value) return 'date.invalid';
  if (value <= isoDay(now)) return 'date.notAfterToday';
  if (value > isoDayFromNow(366, now)) return 'date.tooFar';
  return null;
}
