import { intlLocale, type Locale } from './i18n/locale';

/** Parses "2026-12-04" as a local calendar date (not UTC midnight) and full ISO timestamps as-is. */
export function parseDate(value: string): Date | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = dateOnly
    ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))
    : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "4 dec" / "4 Dec"; the year is added when it is not this year ("4 jan 2027"). */
export function formatShortDate(value: string, locale: Locale, now: Date = new Date()): string {
  const date = parseDate(value);
  if (!date) return value;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date).replace(/\.$/, '');
}

/** "4 december 2026" */
export function formatLongDate(value: string, locale: Locale): string {
  const date = parseDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** Joins names the way people say them: "A, B en C" / "A, B and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}
