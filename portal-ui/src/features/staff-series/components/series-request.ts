import { z } from 'zod';
import type { ReservationBlockLevel, SeriesMutationRequest } from '../../../lib/api';
import type { MessageKey } from '../../../lib/i18n';
import { BLOCK_LEVELS } from '../../../lib/staff';

/** The series-mutation form as typed; turned into a request (or the reasons it cannot be one) below. */
export interface SeriesForm {
  collectionCode: string;
  locationId: string;
  shelfMarkPrefix: string;
  barcodes: string;
  reservationBlock: 'KEEP' | ReservationBlockLevel;
  reservationUntil: string;
  setCollectionDefault: boolean;
  loanBlock: 'KEEP' | 'SET' | 'CLEAR';
  loanUntil: string;
  loanReason: string;
}

export const EMPTY_FORM: SeriesForm = {
  collectionCode: '',
  locationId: '',
  shelfMarkPrefix: '',
  barcodes: '',
  reservationBlock: 'KEEP',
  reservationUntil: '',
  setCollectionDefault: false,
  loanBlock: 'KEEP',
  loanUntil: '',
  loanReason: '',
};

export type SeriesFormErrors = Partial<
  Record<'selection' | 'change' | 'barcodes' | 'prefix' | 'until' | 'reason', MessageKey>
>;

/** Where each error goes in the form: on its field, or (about a whole group) under `root`. */
const ERROR_PATHS: Record<keyof SeriesFormErrors, string[]> = {
  selection: ['root', 'selection'],
  change: ['root', 'change'],
  until: ['root', 'until'],
  barcodes: ['barcodes'],
  prefix: ['shelfMarkPrefix'],
  reason: ['loanReason'],
};

/** The form checked and turned into the request by `buildSeriesRequest`, its errors on their fields. */
export function seriesSchema(today: string) {
  return z
    .object({
      collectionCode: z.string(),
      locationId: z.string(),
      shelfMarkPrefix: z.string(),
      barcodes: z.string(),
      reservationBlock: z.enum(['KEEP', ...BLOCK_LEVELS]),
      reservationUntil: z.string(),
      setCollectionDefault: z.boolean(),
      loanBlock: z.enum(['KEEP', 'SET', 'CLEAR']),
      loanUntil: z.string(),
      loanReason: z.string(),
    })
    .transform((form, context) => {
      const built = buildSeriesRequest(form, today);
      if (built.request) return built.request;
      for (const [key, message] of Object.entries(built.errors)) {
        context.addIssue({ code: 'custom', path: ERROR_PATHS[key as keyof SeriesFormErrors], message });
      }
      return z.NEVER;
    });
}

const MAX_BARCODES = 10_000;

/** Barcodes pasted from a list: one per line, or separated by commas, semicolons or spaces; duplicates once. */
export function parseBarcodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  ];
}

export function buildSeriesRequest(
  form: SeriesForm,
  today: string,
): { request: SeriesMutationRequest; errors: null } | { request: null; errors: SeriesFormErrors } {
  const errors: SeriesFormErrors = {};
  const selection: SeriesMutationRequest['selection'] = {};
  if (form.collectionCode) selection.collectionCode = form.collectionCode;
  if (form.locationId) selection.locationId = Number(form.locationId);
  const prefix = form.shelfMarkPrefix.trim();
  if (prefix.length > 60) errors.prefix = 'staff.series.prefixTooLong';
  else if (prefix) selection.shelfMarkPrefix = prefix;
  const barcodes = parseBarcodes(form.barcodes);
  if (barcodes.length > MAX_BARCODES) errors.barcodes = 'staff.series.tooManyBarcodes';
  else if (barcodes.some((b) => b.length > 20)) errors.barcodes = 'staff.series.barcodeTooLong';
  else if (barcodes.length > 0) selection.barcodes = barcodes;
  if (Object.keys(selection).length === 0 && !errors.prefix && !errors.barcodes) {
    errors.selection = 'staff.series.selectionRequired';
  }

  const change: SeriesMutationRequest['change'] = {};
  if (form.reservationBlock !== 'KEEP') {
    const until = form.reservationBlock !== 'NONE' ? form.reservationUntil : '';
    if (until && until < today) errors.until = 'staff.block.untilPast';
    change.reservationBlock = until
      ? { level: form.reservationBlock, until }
      : { level: form.reservationBlock };
    if (form.setCollectionDefault && selection.collectionCode) change.setCollectionDefault = true;
  }
  if (form.loanBlock === 'CLEAR') change.loanBlock = { blocked: false };
  if (form.loanBlock === 'SET') {
    const reason = form.loanReason.trim();
    if (reason.length > 300) errors.reason = 'staff.loanBlock.reasonTooLong';
    if (form.loanUntil && form.loanUntil < today) errors.until = 'staff.block.untilPast';
    change.loanBlock = {
      blocked: true,
      ...(form.loanUntil ? { until: form.loanUntil } : {}),
      ...(reason ? { reason } : {}),
    };
  }
  if (!change.reservationBlock && !change.loanBlock) errors.change = 'staff.series.changeRequired';

  return Object.keys(errors).length > 0
    ? { request: null, errors }
    : { request: { selection, change }, errors: null };
}
