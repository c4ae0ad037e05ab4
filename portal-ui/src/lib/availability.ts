import type { CopySummary, TitleAvailability, TitleSummary } from './api';
import { formatDay, formatDeskDate, parseDate } from './format';
import type { Locale } from './i18n/locale';
import { translate } from './i18n/translate';

/**
 * Availability in plain words, the way a child or a librarian would say it.
 * All sentences live in the i18n dictionaries; this file picks the right one.
 */

/** On a result card: "3 van 5 in de kast". */
export function titleAvailabilityText(
  title: Pick<TitleSummary, 'copiesTotal' | 'copiesOnShelf'>,
  locale: Locale,
): string {
  if (title.copiesTotal <= 0) return translate(locale, 'availability.noCopies');
  return translate(locale, 'availability.summary', {
    onShelf: title.copiesOnShelf,
    total: title.copiesTotal,
  });
}

/** Per location on the title page: "2 van de 3 in de kast", "uitgeleend tot vrijdag 4 december". */
export function locationAvailabilityText(
  availability: TitleAvailability,
  locale: Locale,
  now: Date = new Date(),
): string {
  const { total, onShelf, nextDueDate } = availability;
  if (total <= 0) return translate(locale, 'availability.noCopies');
  if (total === 1) {
    if (onShelf > 0) return translate(locale, 'availability.singleOnShelf');
    if (nextDueDate && isOverdue(nextDueDate, now)) return translate(locale, 'availability.singleOverdue');
    return nextDueDate
      ? translate(locale, 'availability.singleOnLoanUntil', {
          date: formatDay(nextDueDate, locale, now),
        })
      : translate(locale, 'availability.singleUnavailable');
  }
  const shelf = translate(locale, 'availability.location', { onShelf, total });
  if (onShelf > 0 || !nextDueDate) return shelf;
  if (isOverdue(nextDueDate, now)) return translate(locale, 'availability.locationAllOutOverdue', { shelf });
  return translate(locale, 'availability.locationAllOut', {
    shelf,
    date: formatDay(nextDueDate, locale, now),
  });
}

/** Has the due date (a day) passed? A book due today is not late yet. */
export function isOverdue(dueDate: string, now: Date = new Date()): boolean {
  const due = parseDate(dueDate);
  return due != null && due < new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Is anything on the shelf here? (for styling) */
export function hasOnShelf(availability: Pick<TitleAvailability, 'onShelf'>): boolean {
  return availability.onShelf > 0;
}

/** A copy's status in words: "In de kast", "Uitgeleend tot vrijdag 4 december", "Onderweg". */
export function copyStatusText(
  copy: Pick<CopySummary, 'status' | 'dueDate'>,
  locale: Locale,
  now = new Date(),
) {
  switch (copy.status) {
    case 'ON_SHELF':
      return translate(locale, 'copyStatus.onShelf');
    case 'ON_LOAN':
      if (copy.dueDate && isOverdue(copy.dueDate, now)) {
        return translate(locale, 'copyStatus.overdue', { date: formatDeskDate(copy.dueDate, locale, now) });
      }
      return copy.dueDate
        ? translate(locale, 'copyStatus.onLoanUntil', { date: formatDay(copy.dueDate, locale, now) })
        : translate(locale, 'copyStatus.onLoan');
    case 'ON_HOLD_SHELF':
      return translate(locale, 'copyStatus.onHoldShelf');
    case 'IN_TRANSIT':
      return translate(locale, 'copyStatus.inTransit');
    case 'MISSING':
      return translate(locale, 'copyStatus.missing');
    case 'WITHDRAWN':
      return translate(locale, 'copyStatus.withdrawn');
    default:
      return translate(locale, 'copyStatus.unknown');
  }
}
