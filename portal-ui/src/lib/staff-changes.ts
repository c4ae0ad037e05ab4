import { copyStatusText } from './availability';
import type { CopyStatus } from './api';
import { formatLongDate } from './format';
import { translate, type Locale } from './i18n';
import { blockLevelText } from './staff';

/**
 * Block changes in words, for a copy's change history and the list of series mutations. The service
 * records them as small JSON objects ({level, until}, {blocked, until, reason}, {loanBlock: {...},
 * reservationBlock: {...}}, {reservationId, patronId}); this turns any of those into a short sentence.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : null;
}

function until(value: unknown, locale: Locale): string {
  const date = str(value);
  return date ? ` ${translate(locale, 'staff.change.until', { date: formatLongDate(date, locale) })}` : '';
}

function reservationBlockText(value: unknown, locale: Locale): string {
  if (typeof value === 'string')
    return translate(locale, 'staff.change.resBlock', { level: blockLevelText(value, locale) });
  if (isRecord(value) && str(value.level)) {
    return (
      translate(locale, 'staff.change.resBlock', { level: blockLevelText(String(value.level), locale) }) +
      until(value.until, locale)
    );
  }
  return '';
}

function loanBlockText(value: unknown, locale: Locale): string {
  if (typeof value === 'boolean') {
    return translate(locale, value ? 'staff.change.loanBlocked' : 'staff.change.noLoanBlock');
  }
  if (!isRecord(value)) return '';
  if (value.blocked === false) return translate(locale, 'staff.change.noLoanBlock');
  const reason = str(value.reason);
  return (
    translate(locale, 'staff.change.loanBlocked') +
    until(value.until, locale) +
    (reason ? ` (${translate(locale, 'staff.change.reason', { reason })})` : '')
  );
}

/**
 * A copy's catalogue values (a copy added, changed, moved or withdrawn): status, reason, location, shelf mark,
 * collection, barcode.
 */
function catalogueText(
  value: Json,
  locale: Locale,
  locationName: (id: number) => string | undefined,
): string[] {
  const parts: string[] = [];
  const place = (id: unknown) => (typeof id === 'number' ? (locationName(id) ?? `#${id}`) : null);
  const barcode = str(value.barcode);
  if (barcode) parts.push(translate(locale, 'staff.change.barcode', { barcode }));
  const status = str(value.status);
  if (status) parts.push(copyStatusText({ status: status as CopyStatus }, locale));
  if ('reason' in value && !('blocked' in value)) {
    const reason = str(value.reason);
    if (reason) parts.push(translate(locale, 'staff.change.reason', { reason }));
  }
  const owner = place(value.ownerLocationId ?? value.locationId);
  if (owner) parts.push(translate(locale, 'staff.change.location', { name: owner }));
  const current = place(value.currentLocationId);
  if (current && value.currentLocationId !== (value.ownerLocationId ?? value.locationId)) {
    parts.push(translate(locale, 'staff.change.currentLocation', { name: current }));
  }
  const shelfMark = str(value.shelfMark);
  if (shelfMark) parts.push(translate(locale, 'staff.change.shelfMark', { shelfMark }));
  if ('collectionCode' in value) {
    const code = str(value.collectionCode);
    parts.push(
      code
        ? translate(locale, 'staff.change.collection', { code })
        : translate(locale, 'staff.change.noCollection'),
    );
  }
  return parts;
}

const CATALOGUE_KEYS = [
  'barcode',
  'titleId',
  'status',
  'locationId',
  'ownerLocationId',
  'currentLocationId',
  'shelfMark',
  'collectionCode',
];

/**
 * One recorded value (before or after) in words; "—" when empty. `locationName` names a location by its id (a
 * copy moved or added); without it the id is shown.
 */
export function describeBlockValue(
  value: unknown,
  locale: Locale,
  locationName: (id: number) => string | undefined = () => undefined,
): string {
  if (!isRecord(value) || Object.keys(value).length === 0) return '—';
  const parts: string[] = [];
  if ('level' in value) parts.push(reservationBlockText(value, locale));
  if ('blocked' in value) parts.push(loanBlockText(value, locale));
  if ('reservationBlock' in value) parts.push(reservationBlockText(value.reservationBlock, locale));
  if ('loanBlock' in value) parts.push(loanBlockText(value.loanBlock, locale));
  if ('loanBlocked' in value) parts.push(loanBlockText(value.loanBlocked === true, locale));
  if (value.setCollectionDefault === true) parts.push(translate(locale, 'staff.change.alsoDefault'));
  if ('reservationId' in value || 'patronId' in value) {
    parts.push(
      translate(locale, 'staff.change.copyReservation', {
        reservation: str(value.reservationId) ?? '?',
        patron: str(value.patronId) ?? '?',
      }),
    );
  }
  parts.push(...catalogueText(value, locale, locationName));
  const known = new Set([
    ...CATALOGUE_KEYS,
    'level',
    'until',
    'blocked',
    'reason',
    'reservationBlock',
    'loanBlock',
    'loanBlocked',
    'setCollectionDefault',
    'reservationId',
    'patronId',
  ]);
  for (const [key, raw] of Object.entries(value)) {
    if (known.has(key)) continue;
    const text = str(raw) ?? (typeof raw === 'boolean' ? String(raw) : null);
    if (text) parts.push(`${key}: ${text}`);
  }
  const text = parts.filter(Boolean).join('; ');
  return text || '—';
}

/** A series mutation's selection in words: "collectie KBW-2026, locatie 2, plaatsingscode begint met AVI". */
export function describeSelection(
  selection: Json,
  locale: Locale,
  locationName: (id: number) => string | undefined = () => undefined,
): string {
  const parts: string[] = [];
  const collection = str(selection.collectionCode);
  if (collection) parts.push(translate(locale, 'staff.selection.collection', { code: collection }));
  if (typeof selection.locationId === 'number') {
    parts.push(
      translate(locale, 'staff.selection.location', {
        name: locationName(selection.locationId) ?? `#${selection.locationId}`,
      }),
    );
  }
  const prefix = str(selection.shelfMarkPrefix);
  if (prefix) parts.push(translate(locale, 'staff.selection.prefix', { prefix }));
  if (Array.isArray(selection.titleIds) && selection.titleIds.length > 0) {
    parts.push(translate(locale, 'staff.selection.titles', { count: selection.titleIds.length }));
  }
  if (Array.isArray(selection.barcodes) && selection.barcodes.length > 0) {
    parts.push(translate(locale, 'staff.selection.barcodes', { count: selection.barcodes.length }));
  }
  return parts.join(', ') || '—';
}
