import { describe, expect, it } from 'vitest';
import { formatDay, isoDayFromNow, validateFutureDay } from './format-day';
import { isSuspended, reservationStatusText } from './reservation-text';
import { reservation } from '../test/student-fixtures';

const now = new Date(2026, 10, 22, 12);

describe('formatDay', () => {
  it('writes "vr 4 dec" and "Fri 4 Dec", with the year only when it is another year', () => {
    expect(formatDay('2026-12-04', 'nl', now)).toBe('vr 4 dec');
    expect(formatDay('2026-12-04', 'en', now)).toBe('Fri 4 Dec');
    expect(formatDay('2027-01-15', 'nl', now)).toBe('vr 15 jan 2027');
    expect(formatDay('2027-01-15', 'en', now)).toBe('Fri 15 Jan 2027');
    expect(formatDay('2026-11-20T09:30:00Z', 'nl', now)).toBe('vr 20 nov');
    expect(formatDay('not a date', 'nl', now)).toBe('not a date');
  });
});

describe('validateFutureDay', () => {
  it.each([
    ['', 'date.required'],
    ['22-11-2026', 'date.invalid'],
    ['2026-02-30', 'date.invalid'],
    ['2026-11-22', 'date.notAfterToday'],
    ['2025-12-01', 'date.notAfterToday'],
    ['2027-12-31', 'date.tooFar'],
    ['2026-11-23', null],
    ['2027-11-22', null],
  ])('%s → %s', (value, expected) => {
    expect(validateFutureDay(value, now)).toBe(expected);
  });

  it('counts days in local time', () => {
    expect(isoDayFromNow(10, now)).toBe('2026-12-02');
  });
});

describe('reservation status in words', () => {
  it('covers every status', () => {
    expect(reservationStatusText(reservation(), 'nl', now)).toBe(
      'Je staat op plek 1 in de rij · verwacht rond vr 4 dec',
    );
    expect(
      reservationStatusText(reservation({ position: undefined, estimatedDate: undefined }), 'nl', now),
    ).toBe('Je staat in de rij');
    expect(reservationStatusText(reservation({ status: 'FULFILLED' }), 'nl', now)).toBe('Opgehaald');
    expect(reservationStatusText(reservation({ status: 'CANCELLED' }), 'en', now)).toBe('Cancelled');
    expect(reservationStatusText(reservation({ status: 'EXPIRED' }), 'nl', now)).toBe(
      'Niet op tijd opgehaald',
    );
    expect(reservationStatusText(reservation({ status: 'READY' }), 'en', now)).toBe(
      'Ready at the school library',
    );
  });

  it('knows when a pause is over (the until-day itself still counts)', () => {
    expect(isSuspended(reservation({ suspendedUntil: '2026-11-22' }), now)).toBe(true);
    expect(isSuspended(reservation({ suspendedUntil: '2026-11-21' }), now)).toBe(false);
    expect(isSuspended(reservation(), now)).toBe(false);
  });
});
