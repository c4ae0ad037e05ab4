import { describe, expect, it } from 'vitest';
import { describeBlockValue, describeSelection } from './staff-changes';

describe('block changes in words', () => {
  it('words reservation and loan blocks as the service records them', () => {
    expect(describeBlockValue({ level: 'NOT_RESERVABLE', until: '2026-12-31' }, 'nl')).toBe(
      'Res. blok. 8 — niet reserveerbaar tot en met 31 december 2026',
    );
    expect(describeBlockValue({ level: 'NONE' }, 'nl')).toBe('Res. blok. 0 — geen blokkade');
    expect(describeBlockValue({ blocked: true, reason: 'kapot' }, 'nl')).toBe(
      'uitleenblokkade (reden: kapot)',
    );
    expect(describeBlockValue({ blocked: false }, 'nl')).toBe('geen uitleenblokkade');
    expect(
      describeBlockValue(
        {
          loanBlock: { until: '2026-12-20', reason: 'Test', blocked: true },
          reservationBlock: { level: 'OWN_PATRONS_ONLY' },
        },
        'nl',
      ),
    ).toBe('Res. blok. 7 — alleen eigen leners; uitleenblokkade tot en met 20 december 2026 (reden: Test)');
    expect(describeBlockValue({ loanBlocked: false, reservationBlock: 'OWN_PATRONS_ONLY' }, 'en')).toBe(
      'Res. block 7 — own patrons only; no loan block',
    );
    expect(describeBlockValue({ reservationId: 10, patronId: 301 }, 'nl')).toBe(
      'reservering 10 voor lener 301',
    );
    expect(describeBlockValue({}, 'nl')).toBe('—');
    expect(describeBlockValue(null, 'nl')).toBe('—');
  });

  it('words a selection', () => {
    expect(
      describeSelection(
        { collectionCode: 'KBW-2026', locationId: 2, shelfMarkPrefix: 'AVI', barcodes: ['1', '2'] },
        'nl',
        (id) => (id === 2 ? 'Noord' : undefined),
      ),
    ).toBe('collectie KBW-2026, eigenaar Noord, plaatsingscode begint met “AVI”, 2 barcodes');
    expect(describeSelection({}, 'nl')).toBe('—');
  });
});
