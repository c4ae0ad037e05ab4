import type { CheckinResult, ReservedAlert } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { translate, type Locale } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';
import { formatDeskDate, patronLabel } from '../../../lib/staff';

/**
 * What the desk says after a check-in, in words: the outcome ("Terug in de kast", "Stuur naar …"), the
 * reservation alert ("Gereserveerd voor Sanne de Vries, groep 6 — leg op de afhaalplank tot vr 4 dec")
 * and what happened to the loan.
 */

function alertPatron(alert: ReservedAlert): string {
  return patronLabel({ name: alert.patronName, groupName: alert.groupName });
}

/** The outcome as an instruction for the person at the desk. */
export function outcomeText(result: CheckinResult, locale: Locale): string {
  const location = result.transitTo?.name ?? result.alert?.pickupLocation.name ?? '';
  switch (result.outcome) {
    case 'ON_SHELF':
      return translate(locale, 'staff.checkin.outcome.onShelf');
    case 'ROUTE_TO_OWNER':
      return translate(locale, 'staff.checkin.outcome.routeToOwner', { location });
    case 'IN_TRANSIT':
      return translate(locale, 'staff.checkin.outcome.inTransit', { location });
    case 'ON_HOLD_SHELF':
      return translate(locale, 'staff.checkin.outcome.onHoldShelf');
    default:
      return String(result.outcome);
  }
}

/** The reservation alert in one sentence, or null when the copy fills no reservation. */
export function alertText(result: CheckinResult, locale: Locale, now: Date = new Date()): string | null {
  const alert = result.alert;
  if (!alert) return null;
  const patron = alertPatron(alert);
  if (result.outcome === 'ON_HOLD_SHELF') {
    return alert.pickupBy
      ? translate(locale, 'staff.checkin.holdAlert', {
          patron,
          date: formatDeskDate(alert.pickupBy, locale, now),
        })
      : translate(locale, 'staff.checkin.holdAlertNoDate', { patron });
  }
  if (result.outcome === 'IN_TRANSIT') {
    const location = result.transitTo?.name ?? alert.pickupLocation.name;
    return translate(locale, 'staff.checkin.transitAlert', { patron, location });
  }
  return translate(locale, 'staff.checkin.reservedFor', { patron });
}

/** A copy that fills a reservation must not end up on the shelf: the desk must acknowledge the alert. */
export function needsAcknowledgement(result: CheckinResult): boolean {
  return !!result.alert && (result.outcome === 'ON_HOLD_SHELF' || result.outcome === 'IN_TRANSIT');
}

/** What happened to the loan: closed, closed late, or there was none. */
export function loanText(result: CheckinResult, locale: Locale, now: Date = new Date()): string {
  const loan = result.returnedLoan;
  if (!loan) return translate(locale, 'staff.checkin.noLoan');
  const date = formatDeskDate(loan.dueDate, locale, now);
  return loan.overdue
    ? translate(locale, 'staff.checkin.loanOverdue', { date })
    : translate(locale, 'staff.checkin.loanClosed', { date });
}

/** A refused check-in in words: an unknown barcode is said as such, other problems by their code. */
export function checkinErrorText(error: unknown, barcode: string, locale: Locale): string {
  if (error instanceof ApiError && error.code === 'NOT_FOUND') {
    return translate(locale, 'staff.checkin.unknownBarcode', { barcode });
  }
  if (error instanceof ApiError && error.code === 'FORBIDDEN') {
    return translate(locale, 'staff.forbiddenDesk');
  }
  return translate(locale, 'staff.checkin.failed', { barcode, message: problemMessage(error, locale) });
}
