import { ApiError } from '../../../lib/api-client';
import type { MessageKey } from '../../../lib/i18n';
import { formPath } from './title-input';

/** A refusal of the service on a field of the form: its path (`isbn`, `copies.1.barcode`) and message key. */
export interface FieldRefusal {
  path: string;
  key: MessageKey;
}

/**
 * Where the service's refusal of a new title or copy belongs: TITLE_EXISTS at the ISBN (or record id),
 * BARCODE_TAKEN at the barcode it names (else the first), VALIDATION_FAILED at each field it names.
 * Empty when the refusal is about no field of the form (then it is shown above the buttons).
 */
export function fieldRefusals(
  error: unknown,
  form: { isbn?: string; recordId?: string; copies: { barcode: string }[] },
): FieldRefusal[] {
  if (!(error instanceof ApiError)) return [];
  switch (error.code) {
    case 'TITLE_EXISTS':
      return [
        {
          path: form.isbn || !form.recordId ? 'isbn' : 'recordId',
          key: form.isbn || !form.recordId ? 'staff.catalogue.titleExists' : 'staff.catalogue.recordIdExists',
        },
      ];
    case 'BARCODE_TAKEN': {
      const named = [error.extensions.barcode, ...error.errors.map((e) => e.field)]
        .filter((value): value is string => typeof value === 'string')
        .map((value) => value.trim().toUpperCase());
      const taken = form.copies.findIndex((copy) => named.includes(copy.barcode.trim().toUpperCase()));
      const byField = error.errors
        .map((e) => formPath(e.field ?? ''))
        .find((found) => found?.path.startsWith('copies.'));
      const path =
        taken >= 0
          ? `copies.${taken}.barcode`
          : (byField?.path.replace(/\.\w+$/, '.barcode') ?? 'copies.0.barcode');
      return [{ path, key: 'staff.catalogue.barcodeTaken' }];
    }
    case 'VALIDATION_FAILED':
      return error.errors.flatMap((e) => {
        const found = formPath(e.field ?? '');
        return found ? [found] : [];
      });
    default:
      return [];
  }
}
