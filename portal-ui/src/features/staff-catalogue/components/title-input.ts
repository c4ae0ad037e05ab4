import { z } from 'zod';
import { AGE_GROUPS, type NewCopyOfTitle, type TitleInput } from '../../../lib/api';
import { messageKey } from '../../../lib/forms';
import type { MessageKey } from '../../../lib/i18n';

/**
 * The catalogue's field rules on the portal side (the service's CatalogueFields): what the librarian types is
 * checked here first, so most mistakes are shown at the field before anything is sent.
 */

/** An ISBN as typed or scanned (hyphens, spaces, ISBN-10) as its ISBN-13, or null when it is none. */
export function normalizeIsbn(value: string): string | null {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(compact)) {
    if (isbn10Check(compact.slice(0, 9)) !== compact[9]) return null;
    const body = `978${compact.slice(0, 9)}`;
    return body + isbn13Check(body);
  }
  if (/^\d{13}$/.test(compact)) {
    return isbn13Check(compact.slice(0, 12)) === compact[12] ? compact : null;
  }
  return null;
}

function isbn10Check(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += (10 - i) * Number(nine[i]);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** The check digit of the first twelve digits of an ISBN-13. */
export function isbn13Check(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** Does it look like an ISBN someone meant to type (digits, hyphens, spaces, a final X; 10 or 13 digits)? */
function looksLikeIsbn(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '');
  return /^\d{9}[\dXx]$/.test(compact) || /^\d{13}$/.test(compact);
}

export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}$/;
export const BARCODE = /^[0-9A-Z]{4,20}$/;

/** What the lookup field holds: an ISBN (as ISBN-13) or the library's record id, or why it is neither. */
export type LookupKey = { isbn: string } | { recordId: string };

export function parseLookup(
  value: string,
): { key: LookupKey; error: null } | { key: null; error: MessageKey } {
  const text = value.trim();
  if (!text) return { key: null, error: 'staff.catalogue.lookup.required' };
  if (looksLikeIsbn(text)) {
    const isbn = normalizeIsbn(text);
    return isbn ? { key: { isbn }, error: null } : { key: null, error: 'staff.catalogue.isbnInvalid' };
  }
  if (RECORD_ID.test(text)) return { key: { recordId: text }, error: null };
  return { key: null, error: 'staff.catalogue.lookup.invalid' };
}

/** One copy in the form, as typed. */
export interface CopyForm {
  barcode: string;
  locationId: string;
  shelfMark: string;
  collectionCode: string;
}

/** The new-title form, as typed (every value a string, the themes the checked codes). */
export interface TitleForm {
  isbn: string;
  recordId: string;
  title: string;
  subtitle: string;
  authors: string;
  series: string;
  seriesNumber: string;
  publisher: string;
  publicationYear: string;
  language: string;
  readingLevel: string;
  ageGroup: string;
  themes: string[];
  description: string;
  coverUrl: string;
  copies: CopyForm[];
}

export const EMPTY_COPY: CopyForm = { barcode: '', locationId: '', shelfMark: '', collectionCode: '' };

export function emptyTitleForm(key: LookupKey | null, locationId = ''): TitleForm {
  return {
    isbn: key && 'isbn' in key ? key.isbn : '',
    recordId: key && 'recordId' in key ? key.recordId : '',
    title: '',
    subtitle: '',
    authors: '',
    series: '',
    seriesNumber: '',
    publisher: '',
    publicationYear: '',
    language: 'nl',
    readingLevel: '',
    ageGroup: '',
    themes: [],
    description: '',
    coverUrl: '',
    copies: [{ ...EMPTY_COPY, locationId }],
  };
}

/** The message of each field's rule: used by the schema and for the service's field errors alike. */
export const FIELD_MESSAGES = {
  isbn: 'staff.catalogue.isbnInvalid',
  recordId: 'staff.catalogue.recordIdInvalid',
  title: 'staff.catalogue.titleInvalid',
  subtitle: 'staff.catalogue.subtitleTooLong',
  authors: 'staff.catalogue.authorsInvalid',
  series: 'staff.catalogue.seriesTooLong',
  seriesNumber: 'staff.catalogue.seriesNumberInvalid',
  publisher: 'staff.catalogue.publisherTooLong',
  publicationYear: 'staff.catalogue.yearInvalid',
  language: 'staff.catalogue.languageInvalid',
  readingLevel: 'staff.catalogue.readingLevelTooLong',
  ageGroup: 'staff.catalogue.ageGroupInvalid',
  themes: 'staff.catalogue.themesInvalid',
  description: 'staff.catalogue.descriptionTooLong',
  coverUrl: 'staff.catalogue.coverUrlInvalid',
} as const satisfies Record<Exclude<keyof TitleForm, 'copies'>, MessageKey>;

export const COPY_FIELD_MESSAGES = {
  barcode: 'staff.catalogue.barcodeInvalid',
  locationId: 'staff.catalogue.locationRequired',
  shelfMark: 'staff.catalogue.shelfMarkInvalid',
  collectionCode: 'staff.catalogue.collectionInvalid',
} as const satisfies Record<keyof CopyForm, MessageKey>;

const text = (max: number, key: MessageKey) => z.string().trim().max(max, messageKey(key));
const optionalMatch = (pattern: RegExp, key: MessageKey) =>
  z
    .string()
    .trim()
    .refine((value) => !value || pattern.test(value), messageKey(key));
const optionalInt = (min: number, max: number, key: MessageKey) =>
  z
    .string()
    .trim()
    .refine(
      (value) => !value || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max),
      messageKey(key),
    );

/** One copy: barcode (upper-cased), location and shelf mark required, collection optional. */
export const copySchema = z.object({
  barcode: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, messageKey('staff.catalogue.barcodeRequired'))
    .regex(BARCODE, messageKey(COPY_FIELD_MESSAGES.barcode)),
  locationId: z.string().min(1, messageKey(COPY_FIELD_MESSAGES.locationId)),
  shelfMark: z
    .string()
    .trim()
    .min(1, messageKey('staff.catalogue.shelfMarkRequired'))
    .max(60, messageKey(COPY_FIELD_MESSAGES.shelfMark)),
  collectionCode: z.string(),
});

/** A copy as the API takes it (NewCopyOfTitle; NewCopy adds the title). */
export function toNewCopy(copy: z.output<typeof copySchema>): NewCopyOfTitle {
  return {
    barcode: copy.barcode,
    locationId: Number(copy.locationId),
    shelfMark: copy.shelfMark,
    ...(copy.collectionCode ? { collectionCode: copy.collectionCode } : {}),
  };
}

/** The new-title form checked and turned into the request of POST /api/titles. */
export const titleSchema = z
  .object({
    isbn: z
      .string()
      .trim()
      .refine((value) => !value || normalizeIsbn(value) != null, messageKey(FIELD_MESSAGES.isbn)),
    recordId: optionalMatch(RECORD_ID, FIELD_MESSAGES.recordId),
    title: z
      .string()
      .trim()
      .min(1, messageKey('staff.catalogue.titleRequired'))
      .max(300, messageKey(FIELD_MESSAGES.title)),
    subtitle: text(300, FIELD_MESSAGES.subtitle),
    authors: z
      .string()
      .trim()
      .min(1, messageKey('staff.catalogue.authorsRequired'))
      .max(300, messageKey(FIELD_MESSAGES.authors)),
    series: text(200, FIELD_MESSAGES.series),
    seriesNumber: optionalInt(1, 32767, FIELD_MESSAGES.seriesNumber),
    publisher: text(200, FIELD_MESSAGES.publisher),
    publicationYear: optionalInt(1500, 2100, FIELD_MESSAGES.publicationYear),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .refine((value) => !value || /^[a-z]{2,3}$/.test(value), messageKey(FIELD_MESSAGES.language)),
    readingLevel: text(10, FIELD_MESSAGES.readingLevel),
    ageGroup: z
      .string()
      .refine(
        (value) => !value || (AGE_GROUPS as readonly string[]).includes(value),
        messageKey(FIELD_MESSAGES.ageGroup),
      ),
    themes: z.array(z.string()),
    description: text(10_000, FIELD_MESSAGES.description),
    coverUrl: z
      .string()
      .trim()
      .max(500, messageKey(FIELD_MESSAGES.coverUrl))
      .refine(
        (value) => !value || /^https?:\/\/[^\s/]+\S*$/i.test(value),
        messageKey(FIELD_MESSAGES.coverUrl),
      ),
    copies: z.array(copySchema),
  })
  .superRefine((form, context) => {
    if (!form.isbn && !form.recordId) {
      context.addIssue({
        code: 'custom',
        path: ['isbn'],
        message: messageKey('staff.catalogue.isbnOrRecordId'),
      });
    }
    const seen = new Set<string>();
    form.copies.forEach((copy, index) => {
      if (copy.barcode && seen.has(copy.barcode)) {
        context.addIssue({
          code: 'custom',
          path: ['copies', index, 'barcode'],
          message: messageKey('staff.catalogue.barcodeTwice'),
        });
      }
      seen.add(copy.barcode);
    });
  })
  .transform((form): TitleInput => {
    const optional = <K extends string, V>(key: K, value: V | '' | undefined) =>
      value === '' || value === undefined ? {} : ({ [key]: value } as Record<K, V>);
    return {
      ...optional('isbn', form.isbn ? (normalizeIsbn(form.isbn) ?? form.isbn) : ''),
      ...optional('recordId', form.recordId),
      title: form.title,
      ...optional('subtitle', form.subtitle),
      authors: form.authors,
      ...optional('series', form.series),
      ...optional('seriesNumber', form.seriesNumber ? Number(form.seriesNumber) : ''),
      ...optional('publisher', form.publisher),
      ...optional('publicationYear', form.publicationYear ? Number(form.publicationYear) : ''),
      ...optional('language', form.language),
      ...optional('readingLevel', form.readingLevel),
      ...(form.ageGroup ? { ageGroup: form.ageGroup as TitleInput['ageGroup'] } : {}),
      ...(form.themes.length > 0 ? { themes: form.themes } : {}),
      ...optional('description', form.description),
      ...optional('coverUrl', form.coverUrl),
      ...(form.copies.length > 0 ? { copies: form.copies.map(toNewCopy) } : {}),
    };
  });

/**
 * Where a field error of the service belongs in the title form: `isbn`, `copies[1].barcode` (or `copies.1.barcode`),
 * a copy's field without index (the first copy). Null for a field the form does not have.
 */
export function formPath(field: string): { path: string; key: MessageKey } | null {
  const name = field.replace(/^.*?\b(?=copies\b)/, '').trim();
  const copy = /^copies(?:\[(\d+)\]|\.(\d+))\.?(\w+)$/.exec(name);
  if (copy) {
    const index = copy[1] ?? copy[2];
    const part = copy[3] === 'location' ? 'locationId' : copy[3];
    if (part && part in COPY_FIELD_MESSAGES) {
      return {
        path: `copies.${index}.${part}`,
        key: COPY_FIELD_MESSAGES[part as keyof CopyForm],
      };
    }
    return null;
  }
  const last = name.split('.').pop() ?? name;
  if (last in FIELD_MESSAGES) return { path: last, key: FIELD_MESSAGES[last as keyof typeof FIELD_MESSAGES] };
  const copyField = last === 'location' ? 'locationId' : last;
  if (copyField in COPY_FIELD_MESSAGES) {
    return { path: `copies.0.${copyField}`, key: COPY_FIELD_MESSAGES[copyField as keyof CopyForm] };
  }
  return null;
}
