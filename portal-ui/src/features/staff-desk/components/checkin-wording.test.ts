import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { checkinResult, heldResult, transitResult } from '../../../test/staff-fixtures';
import { alertText, checkinErrorText, loanText, needsAcknowledgement, outcomeText } from './checkin-wording';
import { checkoutRefusal, parseLoanBlock } from './checkout-wording';

const now = new Date(2026, 10, 22);

describe('check-in wording', () => {
  it('says what to do with the book for every outcome', () => {
    expect(outcomeText(checkinResult(), 'nl')).toBe('Terug in de kast');
    expect(
      outcomeText(
        checkinResult({
          outcome: 'ROUTE_TO_OWNER',
          transitTo: { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' },
        }),
        'nl',
      ),
    ).toBe('Stuur naar Bibliotheek Rivierenland Centrum');
    expect(outcomeText(transitResult(), 'nl')).toBe(
      'Onderweg naar Bibliotheek Rivierenland Centrum voor een reservering',
    );
    expect(outcomeText(heldResult('2026-12-04'), 'nl')).toBe('Op de afhaalplank leggen');
    expect(outcomeText(checkinResult(), 'en')).toBe('Back on the shelf');
  });

  it('words the hold alert with name, group and the pickup-by day ("vr 4 dec")', () => {
    expect(alertText(heldResult('2026-12-04'), 'nl', now)).toBe(
      'Gereserveerd voor Sanne de Vries, groep 6 — leg op de afhaalplank tot vr 4 dec',
    );
    expect(alertText(heldResult('2026-12-04'), 'en', now)).toBe(
      'Reserved for Sanne de Vries, groep 6 — put it on the hold shelf until Fri 4 Dec',
    );
    expect(alertText(heldResult('2027-01-08'), 'nl', now)).toBe(
      'Gereserveerd voor Sanne de Vries, groep 6 — leg op de afhaalplank tot vr 8 jan 2027',
    );
  });

  it('names where an in-transit copy goes, and copes with a missing group (JSON null)', () => {
    const result = transitResult();
    expect(alertText(result, 'nl', now)).toBe(
      'Gereserveerd voor Daan Jansen, groep 7 — stuur naar Bibliotheek Rivierenland Centrum',
    );
    const held = heldResult('2026-12-04');
    const noGroup = held.alert
      ? { ...held, alert: { ...held.alert, groupName: null as unknown as undefined } }
      : held;
    expect(alertText(noGroup, 'nl', now)).toBe(
      'Gereserveerd voor Sanne de Vries — leg op de afhaalplank tot vr 4 dec',
    );
    expect(alertText(checkinResult(), 'nl', now)).toBeNull();
  });

  it('asks for acknowledgement only when the copy fills a reservation', () => {
    expect(needsAcknowledgement(heldResult('2026-12-04'))).toBe(true);
    expect(needsAcknowledgement(transitResult())).toBe(true);
    expect(needsAcknowledgement(checkinResult())).toBe(false);
    expect(needsAcknowledgement(checkinResult({ outcome: 'ROUTE_TO_OWNER' }))).toBe(false);
  });

  it('notes the closed loan and whether it was late', () => {
    expect(loanText(checkinResult(), 'nl', now)).toBe('Lening afgesloten (inleverdatum do 3 dec)');
    expect(
      loanText(
        checkinResult({ returnedLoan: { loanId: 1, dueDate: '2026-11-19', overdue: true } }),
        'nl',
        now,
      ),
    ).toBe('Te laat ingeleverd: de inleverdatum was do 19 nov');
    expect(loanText(checkinResult({ returnedLoan: undefined }), 'nl', now)).toBe('Was niet uitgeleend');
  });

  it('says an unknown barcode in words, and other problems by their code', () => {
    expect(checkinErrorText(new ApiError({ status: 404, code: 'NOT_FOUND' }), '999', 'nl')).toBe(
      'Barcode 999 is onbekend in jouw bibliotheekorganisatie. Kijk of je goed hebt gescand.',
    );
    expect(checkinErrorText(new ApiError({ status: 400, code: 'VALIDATION_FAILED' }), 'ABC', 'nl')).toMatch(
      /^Barcode ABC is niet ingenomen: Er klopt iets niet/,
    );
    expect(checkinErrorText(new ApiError({ status: 403, code: 'FORBIDDEN' }), '1', 'nl')).toMatch(
      /alleen aan de balie/,
    );
  });
});

describe('check-out wording', () => {
  it('reads the end date and reason of a loan block from the problem detail', () => {
    expect(
      parseLoanBlock('This copy is blocked for loan until 2026-12-06: Tentoonstelling Kinderboekenweek.'),
    ).toEqual({ until: '2026-12-06', reason: 'Tentoonstelling Kinderboekenweek' });
    expect(parseLoanBlock('This copy is blocked for loan: Beschadigd, wacht op reparatie.')).toEqual({
      until: null,
      reason: 'Beschadigd, wacht op reparatie',
    });
    expect(parseLoanBlock('This copy is blocked for loan.')).toEqual({ until: null, reason: null });
    expect(parseLoanBlock(null)).toEqual({ until: null, reason: null });
  });

  const patron = { kind: 'card', cardNumber: '20413000000001' } as const;

  it('words every refusal', () => {
    const blocked = new ApiError({
      status: 422,
      code: 'LOAN_BLOCKED',
      detail: 'This copy is blocked for loan until 2026-12-06: Tentoonstelling Kinderboekenweek.',
    });
    expect(checkoutRefusal(blocked, { barcode: '302000000002', patron }, 'nl')).toEqual([
      'Dit exemplaar mag nu niet worden uitgeleend.',
      'Uitleenblokkade tot en met 6 december 2026.',
      'Reden: Tentoonstelling Kinderboekenweek',
    ]);
    expect(
      checkoutRefusal(new ApiError({ status: 422, code: 'LOAN_BLOCKED' }), { barcode: '1', patron }, 'nl'),
    ).toEqual(['Dit exemplaar mag nu niet worden uitgeleend.', 'Uitleenblokkade zonder einddatum.']);
    expect(
      checkoutRefusal(
        new ApiError({ status: 409, code: 'HELD_FOR_ANOTHER_PATRON' }),
        { barcode: '1', patron },
        'nl',
      ),
    ).toEqual([
      'Dit exemplaar ligt op de afhaalplank voor een andere lener. Leg het terug op de afhaalplank.',
    ]);
    expect(
      checkoutRefusal(
        new ApiError({ status: 409, code: 'COPY_NOT_AVAILABLE' }),
        { barcode: '1', patron },
        'nl',
      )[0],
    ).toMatch(/niet beschikbaar om uit te lenen/);
    expect(
      checkoutRefusal(
        new ApiError({ status: 404, code: 'NOT_FOUND', detail: 'Card 123 does not exist.' }),
        { barcode: '1', patron: { kind: 'card', cardNumber: '123' } },
        'nl',
      ),
    ).toEqual(['Pasnummer 123 is onbekend. Kijk of je het goed hebt ingevuld.']);
    expect(
      checkoutRefusal(
        new ApiError({ status: 404, code: 'NOT_FOUND', detail: 'Copy 555 does not exist.' }),
        { barcode: '555', patron },
        'nl',
      ),
    ).toEqual(['Barcode 555 is onbekend in jouw bibliotheekorganisatie.']);
  });
});
