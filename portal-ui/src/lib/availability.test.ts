import { describe, expect, it } from 'vitest';
import type { TitleAvailability } from './api';
import { copyStatusText, locationAvailabilityText, titleAvailabilityText } from './availability';

const now = new Date(2026, 10, 22);

function at(overrides: Partial<TitleAvailability>): TitleAvailability {
  return {
    locationId: 1,
    locationName: 'Schoolbieb',
    locationKind: 'SCHOOL_LIBRARY',
    total: 3,
    onShelf: 2,
    onLoan: 1,
    unavailable: 0,
    ...overrides,
  };
}

describe('availability wording', () => {
  it('summarises a title on a card', () => {
    expect(titleAvailabilityText({ copiesTotal: 5, copiesOnShelf: 3 }, 'nl')).toBe('3 van 5 in de kast');
    expect(titleAvailabilityText({ copiesTotal: 5, copiesOnShelf: 3 }, 'en')).toBe('3 of 5 on the shelf');
    expect(titleAvailabilityText({ copiesTotal: 0, copiesOnShelf: 0 }, 'nl')).toBe('Geen exemplaren');
  });

  it('says per location how many are on the shelf', () => {
    expect(locationAvailabilityText(at({}), 'nl', now)).toBe('2 van de 3 in de kast');
    expect(locationAvailabilityText(at({}), 'en', now)).toBe('2 of the 3 on the shelf');
  });

  it('says until when everything is lent out', () => {
    const allOut = at({ onShelf: 0, onLoan: 3, nextDueDate: '2026-12-04' });
    expect(locationAvailabilityText(allOut, 'nl', now)).toBe(
      '0 van de 3 in de kast, uitgeleend tot vrijdag 4 december',
    );
    expect(locationAvailabilityText(allOut, 'en', now)).toBe(
      '0 of the 3 on the shelf, on loan until Friday 4 December',
    );
  });

  it('says "te laat" once the due date has passed, not on the due date itself', () => {
    const allOut = at({ onShelf: 0, onLoan: 3, nextDueDate: '2026-11-21' });
    expect(locationAvailabilityText(allOut, 'nl', now)).toBe('0 van de 3 in de kast, te laat terug');
    expect(locationAvailabilityText(at({ total: 1, onShelf: 0, nextDueDate: '2026-11-21' }), 'nl', now)).toBe(
      'Uitgeleend, te laat terug',
    );
    expect(locationAvailabilityText(at({ onShelf: 0, nextDueDate: '2026-11-22' }), 'nl', now)).toBe(
      '0 van de 3 in de kast, uitgeleend tot zondag 22 november',
    );
    expect(copyStatusText({ status: 'ON_LOAN', dueDate: '2026-11-20' }, 'nl', now)).toBe(
      'Te laat (was tot vr 20 nov)',
    );
  });

  it('speaks of a single copy simply', () => {
    expect(locationAvailabilityText(at({ total: 1, onShelf: 1 }), 'nl', now)).toBe('In de kast');
    expect(locationAvailabilityText(at({ total: 1, onShelf: 0, nextDueDate: '2026-12-04' }), 'nl', now)).toBe(
      'Uitgeleend tot vrijdag 4 december',
    );
    expect(locationAvailabilityText(at({ total: 1, onShelf: 0, onLoan: 0, unavailable: 1 }), 'nl', now)).toBe(
      'Nu niet beschikbaar',
    );
  });

  it('adds the year to a date in another year', () => {
    const next = at({ total: 1, onShelf: 0, nextDueDate: '2027-01-08' });
    expect(locationAvailabilityText(next, 'nl', now)).toBe('Uitgeleend tot vrijdag 8 januari 2027');
  });

  it('describes each copy status', () => {
    expect(copyStatusText({ status: 'ON_SHELF' }, 'nl', now)).toBe('In de kast');
    expect(copyStatusText({ status: 'ON_LOAN', dueDate: '2026-12-04' }, 'nl', now)).toBe(
      'Uitgeleend tot vrijdag 4 december',
    );
    expect(copyStatusText({ status: 'ON_HOLD_SHELF' }, 'en', now)).toBe('Held for a reservation');
    expect(copyStatusText({ status: 'IN_TRANSIT' }, 'nl', now)).toBe('Onderweg');
    expect(copyStatusText({ status: 'MISSING' }, 'en', now)).toBe('Missing');
  });
});
