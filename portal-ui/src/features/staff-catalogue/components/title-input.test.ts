import { describe, expect, it } from 'vitest';
import { formPath, normalizeIsbn, parseLookup } from './title-input';

describe('catalogue field rules', () => {
  it('reads an ISBN as typed or scanned: hyphens, spaces, ISBN-10 as its ISBN-13; a wrong check digit is none', () => {
    expect(normalizeIsbn('978-90-216-8002-6')).toBe('9789021680026');
    expect(normalizeIsbn('90 216 8002 5')).toBe('9789021680026');
    expect(normalizeIsbn('0-306-40615-2')).toBe('9780306406157');
    expect(normalizeIsbn('080442957X')).toBe('9780804429573');
    expect(normalizeIsbn('9789021680021')).toBeNull();
    expect(normalizeIsbn('123')).toBeNull();
  });

  it('tells an ISBN from a record id in the lookup field', () => {
    expect(parseLookup(' 9789021680026 ')).toEqual({ key: { isbn: '9789021680026' }, error: null });
    expect(parseLookup('PPN:123456789')).toEqual({ key: { recordId: 'PPN:123456789' }, error: null });
    expect(parseLookup('9789021680021').error).toBe('staff.catalogue.isbnInvalid');
    expect(parseLookup('').error).toBe('staff.catalogue.lookup.required');
    expect(parseLookup('geen nummer!').error).toBe('staff.catalogue.lookup.invalid');
  });

  it("puts the service's field errors on the form's fields", () => {
    expect(formPath('isbn')).toEqual({ path: 'isbn', key: 'staff.catalogue.isbnInvalid' });
    expect(formPath('create.input.publicationYear')?.path).toBe('publicationYear');
    expect(formPath('copies[1].barcode')).toEqual({
      path: 'copies.1.barcode',
      key: 'staff.catalogue.barcodeInvalid',
    });
    expect(formPath('copies.0.location')?.path).toBe('copies.0.locationId');
    expect(formPath('shelfMark')?.path).toBe('copies.0.shelfMark');
    expect(formPath('somethingElse')).toBeNull();
  });
});
