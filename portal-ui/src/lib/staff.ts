import type { PatronRef, ReservationBlockLevel, Role } from './api';
import type { Locale } from './i18n/locale';
import { translate, type MessageKey } from './i18n/translate';

/**
 * Small helpers shared by the staff views (desk, hold shelf, queue) and the app shell (staff nav,
 * route guard). Features may not import each other, so what more than one staff feature needs lives here.
 */

/** Roles that see the staff views ("balie"). The API decides per endpoint; the portal only hides what is useless. */
export const STAFF_ROLES = ['SCHOOL_STAFF', 'LIBRARY_STAFF', 'ADMIN'] as const satisfies readonly Role[];

export function isStaffRole(role: string | null | undefined): boolean {
  return !!role && (STAFF_ROLES as readonly string[]).includes(role);
}

// The desk's compact dates live with all other dates in format.ts; the staff views import them from here.
export { formatDeskDate, formatDeskDateTime, formatDeskTime } from './format';

/** Where the staff views live. */
export const STAFF_BASE_PATH = '/balie';

export const staffPaths = {
  checkIn: `${STAFF_BASE_PATH}/innemen`,
  checkOut: `${STAFF_BASE_PATH}/uitlenen`,
  holdShelf: `${STAFF_BASE_PATH}/afhaalplank`,
  queueSearch: `${STAFF_BASE_PATH}/wachtrij`,
  titleQueue: (titleId: number) => `${STAFF_BASE_PATH}/titels/${titleId}/wachtrij`,
  copyLookup: `${STAFF_BASE_PATH}/exemplaren`,
  copy: (barcode: string) => `${STAFF_BASE_PATH}/exemplaren/${encodeURIComponent(barcode)}`,
  seriesMutations: `${STAFF_BASE_PATH}/seriemutaties`,
  collections: `${STAFF_BASE_PATH}/collecties`,
  specialPasses: `${STAFF_BASE_PATH}/speciale-passen`,
  policy: `${STAFF_BASE_PATH}/schoolbeleid`,
  catalogue: `${STAFF_BASE_PATH}/catalogus`,
  catalogueImport: `${STAFF_BASE_PATH}/catalogus/importeren`,
} as const;

/** Reservation block levels in the order staff know them, with their staff codes (0, 7, 8). */
export const BLOCK_LEVELS = [
  'NONE',
  'OWN_PATRONS_ONLY',
  'NOT_RESERVABLE',
] as const satisfies readonly ReservationBlockLevel[];

const BLOCK_KEYS: Record<ReservationBlockLevel, MessageKey> = {
  NONE: 'staff.block.none',
  OWN_PATRONS_ONLY: 'staff.block.ownPatronsOnly',
  NOT_RESERVABLE: 'staff.block.notReservable',
};

/** "7 — alleen eigen leners", "8 — niet reserveerbaar", "0 — geen blokkade". */
export function blockLevelText(level: ReservationBlockLevel | string, locale: Locale): string {
  const key = BLOCK_KEYS[level as ReservationBlockLevel];
  return key ? translate(locale, key) : level;
}

/** Can library staff (not school staff) do this? Collections, school policies. */
export function isLibraryStaffRole(role: string | null | undefined): boolean {
  return role === 'LIBRARY_STAFF' || role === 'ADMIN';
}

/** Today as yyyy-mm-dd in local time (the minimum of an end-date field). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What RequireStaff puts in the router state when it sends a non-staff user away. */
export const STAFF_ONLY_NOTICE = 'staff-only';

export function hasStaffOnlyNotice(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as { notice?: unknown }).notice === STAFF_ONLY_NOTICE
  );
}

/** "Sanne de Vries, groep 6" (the group only when known). */
export function patronLabel(patron: Pick<PatronRef, 'name' | 'groupName'>): string {
  return patron.groupName ? `${patron.name}, ${patron.groupName}` : patron.name;
}

/** Where the administration lives (Beheer): its own sub-navigation under the staff views. */
export const ADMIN_BASE_PATH = `${STAFF_BASE_PATH}/beheer`;

export const adminPaths = {
  home: ADMIN_BASE_PATH,
  organisations: `${ADMIN_BASE_PATH}/organisaties`,
  schools: `${ADMIN_BASE_PATH}/scholen`,
  locations: `${ADMIN_BASE_PATH}/locaties`,
  closures: `${ADMIN_BASE_PATH}/sluitingen`,
  staffAccounts: `${ADMIN_BASE_PATH}/medewerkers`,
  integrationClients: `${ADMIN_BASE_PATH}/koppelingen`,
  students: `${ADMIN_BASE_PATH}/leerlingen`,
  loginCards: `${ADMIN_BASE_PATH}/leerlingen/inlogkaarten`,
  notifications: `${ADMIN_BASE_PATH}/meldingen`,
  webhooks: `${ADMIN_BASE_PATH}/webhooks`,
  deliveries: `${ADMIN_BASE_PATH}/bezorging`,
} as const;
