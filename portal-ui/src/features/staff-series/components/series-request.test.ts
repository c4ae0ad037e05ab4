import { describe, expect, it } from 'vitest';
import { buildSeriesRequest, EMPTY_FORM, parseBarcodes } from './series-request';

const today = '2026-11-22';

describe('series mutation request', () => {
  it('reads pasted barcodes: lines, commas, spaces; each once', () => {
    expect(parseBarcodes('302000000001\n302000000002, 302000000003;302000000001  \n\n')).toEqual([
      '302000000001',
      '302000000002',
      '302000000003',
    ]);
  });

  it('needs a selection and a change', () => {
    const result = buildSeriesRequest(EMPTY_FORM, today);
    expect(result.request).toBeNull();
    expect(result.errors).toEqual({
      selection: 'staff.series.selectionRequired',
      change: 'staff.series.changeRequired',
    });
  });

  it('builds the request the service expects', () => {
    const result = buildSeriesRequest(
      {
        ...EMPTY_FORM,
        collectionCode: 'KBW-2026',
        locationId: '2',
        shelfMarkPrefix: ' AVI ',
        reservationBlock: 'NOT_RESERVABLE',
        reservationUntil: '2026-12-31',
        setCollectionDefault: true,
        loanBlock: 'SET',
        loanReason: ' Tentoonstelling ',
      },
      today,
    );
    expect(result.request).toEqual({
      selection: { collectionCode: 'KBW-2026', locationId: 2, shelfMarkPrefix: 'AVI' },
      change: {
        reservationBlock: { level: 'NOT_RESERVABLE', until: '2026-12-31' },
        setCollectionDefault: true,
        loanBlock: { blocked: true, reason: 'Tentoonstelling' },
      },
    });
  });

  it('drops the end date for NONE, clears a loan block, and refuses a date in the past', () => {
    expect(
      buildSeriesRequest(
        {
          ...EMPTY_FORM,
          barcodes: '1',
          reservationBlock: 'NONE',
          reservationUntil: '2026-12-31',
          loanBlock: 'CLEAR',
        },
        today,
      ).request,
    ).toEqual({
      selection: { barcodes: ['1'] },
      change: { reservationBlock: { level: 'NONE' }, loanBlock: { blocked: false } },
    });
    expect(
      buildSeriesRequest(
        {
          ...EMPTY_FORM,
          barcodes: '1',
          reservationBlock: 'OWN_PATRONS_ONLY',
          reservationUntil: '2026-01-01',
        },
        today,
      ).errors,
    ).toEqual({ until: 'staff.block.untilPast' });
    expect(
      buildSeriesRequest({ ...EMPTY_FORM, barcodes: 'x'.repeat(21), loanBlock: 'CLEAR' }, today).errors,
    ).toEqual({
      barcodes: 'staff.series.barcodeTooLong',
    });
  });
});
