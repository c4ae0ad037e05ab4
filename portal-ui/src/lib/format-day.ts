import { parseDate } from './format';
import { intlLocale, type Locale } from './i18n/locale';

/**
 * Dates the way the student screens show them: "vr 4 dec" (nl) and "Fri 4 Dec" (en), with the year
 * only when it is not this year ("ma 4 jan 2027"). Built from parts, so the ICU version's dots
 * ("vr. 4 dec.") never show.
 */
export function formatDay(value: string, locale: Locale, now: Date = new Date()): string {
  const date = parseDate(value);
  if (!date) return value;
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  const parts = new Intl.DateTimeFormat(intlLocale(locale), options).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value.replace(/\.$/, '') ?? '';
  return [part('weekday'), part('day'), part('month'), options.year ? part('year') : '']
    .filter(Boolean)
    .join(' ');
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
