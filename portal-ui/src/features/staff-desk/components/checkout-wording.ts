import { ApiError } from '../../../lib/api-client';
import { formatLongDate } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';

/** The loan block of a LOAN_BLOCKED refusal, read from its detail ("… blocked for loan until 2026-12-06: reason."). */
export interface LoanBlockInfo {
  until: string | null;
  reason: string | null;
}

export function parseLoanBlock(detail: string | null | undefined): LoanBlockInfo {
  if (!detail) return { until: null, reason: null };
  const until = /\buntil (\d{4}-\d{2}-\d{2})\b/.exec(detail)?.[1] ?? null;
  const colon = detail.indexOf(': ');
  const reason =
    colon >= 0
      ? detail
          .slice(colon + 2)
          .replace(/\.\s*$/, '')
          .trim() || null
      : null;
  return { until, reason };
}

export type PatronChoice = { kind: 'card'; cardNumber: string } | { kind: 'id'; patronId: number };

/** A refused check-out as sentences for the desk: why, and for a loan block until when and the reason. */
export function checkoutRefusal(
  error: unknown,
  { barcode, patron }: { barcode: string; patron: PatronChoice },
  locale: Locale,
): string[] {
  if (!(error instanceof ApiError)) return [problemMessage(error, locale)];
  switch (error.code) {
    case 'LOAN_BLOCKED': {
      const block = parseLoanBlock(error.detail);
      const lines = [translate(locale, 'staff.checkout.loanBlocked')];
      lines.push(
        block.until
          ? translate(locale, 'staff.checkout.loanBlockedUntil', {
              date: formatLongDate(block.until, locale),
            })
          : translate(locale, 'staff.checkout.loanBlockedNoEnd'),
      );
      if (block.reason)
        lines.push(translate(locale, 'staff.checkout.loanBlockedReason', { reason: block.reason }));
      return lines;
    }
    case 'HELD_FOR_ANOTHER_PATRON':
      return [translate(locale, 'staff.checkout.heldForAnother')];
    case 'COPY_NOT_AVAILABLE':
      return [translate(locale, 'staff.checkout.notAvailable')];
    case 'NOT_FOUND': {
      const detail = error.detail ?? '';
      if (/^Card\b/i.test(detail) && patron.kind === 'card') {
        return [translate(locale, 'staff.checkout.unknownCard', { card: patron.cardNumber })];
      }
      if (/^Patron\b/i.test(detail)) return [translate(locale, 'staff.checkout.unknownPatron')];
      return [translate(locale, 'staff.checkout.unknownCopy', { barcode })];
    }
    case 'FORBIDDEN':
      return [translate(locale, 'staff.forbiddenDesk')];
    default:
      return [problemMessage(error, locale)];
  }
}
