import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDeskDate,
  formatDeskDateTime,
  formatDeskTime,
  formatList,
  formatLongDate,
  isoDayFromNow,
  validateFutureDay,
} from './format';
import { isSuspended, reservationStatusText } from './reservation-text';
import { reservation } from '../test/student-fixtures';

const now = new Date(2026, 10, 22, 12);

describe('formatDay', () => {
  it('writes whole words for children, "vrijdag 4 december", with the year only when it is another year', () => {
    expect(formatDay('2026-12-04', 'nl', now)).toBe('vrijdag 4 december');
    expect(formatDay('2026-12-04', 'en', now)).toBe('Friday 4 December');
    expect(formatDay('2027-01-15', 'nl', now)).toBe('vrijdag 15 januari 2027');
    expect(formatDay('2027-01-15', 'en', now)).toBe('Friday, 15 January 2027');
    expect(formatDay('2026-11-20T09:30:00Z', 'nl', now)).toBe('vrijdag 20 november');
    expect(formatDay('not a date', 'nl', now)).toBe('not a date');
  });
});

describe('the compact desk formats (staff)', () => {
  it('write "vr 4 dec", "22 nov, 14:05" and "14:05", with the year only when it is another year', () => {
    expect(formatDeskDate('2026-12-04', 'nl', now)).toBe('vr 4 dec');
    expect(formatDeskDate('2026-12-04', 'en', now)).toBe('Fri 4 Dec');
    expect(formatDeskDate('2027-01-15', 'nl', now)).toBe('vr 15 jan 2027');
    expect(formatDeskDateTime('2026-11-22T14:05:00', 'nl', now)).toBe('22 nov, 14:05');
    expect(formatDeskTime('2026-11-22T14:05:00', 'nl')).toBe('14:05');
    expect(formatDeskDate('not a date', 'nl', now)).toBe('not a date');
  });
});

describe('formatLongDate and formatList', () => {
  it('follow the language', () => {
    expect(formatLongDate('2026-12-04', 'nl')).toBe('4 december 2026');
    expect(formatLongDate('2026-12-04', 'en')).toBe('4 December 2026');
    expect(formatList(['A', 'B', 'C'], 'nl')).toBe('A, B en C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
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
      'Je staat op plek 1 in de rij · verwacht rond vrijdag 4 december',
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
