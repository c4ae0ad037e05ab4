import type {
  CatalogueImportResult,
  CatalogueTitle,
  CheckinResult,
  CopyDetail,
  HoldShelf,
  Loan,
  Location,
  Reservation,
  Role,
} from '../lib/api';
import { authStore } from '../lib/auth-store';

/** Logs a user with this role in (in memory and sessionStorage); call authStore.clear() after the test. */
export function loginAs(role: Role, displayName = 'Marieke de Graaf') {
  authStore.setSession({
    accessToken: 'test-token',
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh-token',
    idleTimeoutSeconds: 1800,
    sessionExpiresAt: '2099-01-01T00:00:00Z',
    user: {
      id: 301,
      username: 'staff',
      displayName,
      role,
      locationId: 4,
      organisationId: 1,
      mustChangePassword: false,
    },
  });
}

export const deskMe = {
  id: 301,
  username: 'school.regenboog',
  displayName: 'Marieke de Graaf',
  role: 'SCHOOL_STAFF',
  mustChangePassword: false,
  locationId: 4,
  locationName: 'Schoolbibliotheek OBS De Regenboog',
  organisationId: 1,
  schoolId: 1,
};

const regenboog = { id: 4, name: 'Schoolbibliotheek OBS De Regenboog', kind: 'SCHOOL_LIBRARY' as const };
const centrum = { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' as const };

export function checkinResult(overrides: Partial<CheckinResult> = {}): CheckinResult {
  return {
    barcode: '304100000115',
    title: { id: 90, title: 'Dummie de mummie', authors: 'Tosca Menten' },
    outcome: 'ON_SHELF',
    returnedLoan: { loanId: 7, dueDate: '2026-12-03', overdue: false },
    ...overrides,
  };
}

export function heldResult(pickupBy: string, overrides: Partial<CheckinResult> = {}): CheckinResult {
  return checkinResult({
    outcome: 'ON_HOLD_SHELF',
    alert: {
      reservationId: 12,
      patronName: 'Sanne de Vries',
      groupName: 'groep 6',
      pickupLocation: regenboog,
      pickupBy,
    },
    ...overrides,
  });
}

export function transitResult(overrides: Partial<CheckinResult> = {}): CheckinResult {
  return checkinResult({
    outcome: 'IN_TRANSIT',
    transitTo: centrum,
    alert: {
      reservationId: 13,
      patronName: 'Daan Jansen',
      groupName: 'groep 7',
      pickupLocation: centrum,
    },
    ...overrides,
  });
}

export function loan(overrides: Partial<Loan> = {}): Loan {
  return {
    id: 99,
    barcode: '302100000055',
    title: { id: 41, title: 'Het boek van alle dingen', authors: 'Guus Kuijer' },
    location: { id: 2, name: 'Bibliotheek Rivierenland Noord', kind: 'BRANCH' },
    checkedOutAt: '2026-11-22T10:00:00Z',
    dueDate: '2026-12-13',
    overdue: false,
    status: 'OPEN',
    patron: { id: 2, name: 'Daan Jansen', groupName: 'groep 7', schoolName: 'CBS De Wegwijzer' },
    ...overrides,
  };
}

export function holdShelf(overrides: Partial<HoldShelf> = {}): HoldShelf {
  const dolfje = { id: 1, title: 'Dolfje Weerwolfje', authors: 'Paul van Loon' };
  return {
    location: centrum,
    ready: [
      {
        barcode: '301000000005',
        shelfMark: 'AVI-E4 LOON',
        title: dolfje,
        reservationId: 4,
        patron: { id: 2, name: 'Daan Jansen', groupName: 'groep 7', schoolName: 'CBS De Wegwijzer' },
        pickupBy: '2099-11-27',
      },
    ],
    toClear: [
      {
        barcode: '301000000006',
        shelfMark: 'AVI-E4 LOON',
        title: dolfje,
        reservationId: 9,
        patron: { id: 37, name: 'Dex van de Ven', groupName: 'groep 8', schoolName: 'OBS De Regenboog' },
        pickupBy: '2026-11-21',
        reservationStatus: 'EXPIRED',
        since: '2026-11-22T17:44:57Z',
      },
    ],
    pickList: [
      {
        barcode: '301100000112',
        shelfMark: 'JEUGD KUIJ',
        title: { id: 41, title: 'Het boek van alle dingen', authors: 'Guus Kuijer' },
        reservationId: 15,
        patron: { id: 2, name: 'Daan Jansen', groupName: 'groep 7' },
        pickupLocation: { id: 2, name: 'Bibliotheek Rivierenland Noord', kind: 'BRANCH' },
        placedAt: '2026-11-22T09:00:00Z',
      },
    ],
    ...overrides,
  };
}

export function queueEntry(
  id: number,
  position: number,
  name: string,
  overrides: Partial<Reservation> = {},
): Reservation {
  return {
    id,
    kind: 'TITLE',
    status: 'WAITING',
    scope: 'SCHOOL',
    title: { id: 90, title: 'Dummie de mummie', authors: 'Tosca Menten' },
    pickupLocation: regenboog,
    position,
    placedAt: `2026-11-${String(10 + id).padStart(2, '0')}T09:00:00Z`,
    patron: { id: 100 + id, name, groupName: 'groep 6', schoolName: 'OBS De Regenboog' },
    ...overrides,
  };
}

export function copyDetail(overrides: Partial<CopyDetail> = {}): CopyDetail {
  return {
    barcode: '302000000002',
    title: { id: 41, title: 'Het boek van alle dingen', authors: 'Guus Kuijer' },
    ownerLocation: { id: 2, name: 'Bibliotheek Rivierenland Noord', kind: 'BRANCH' },
    currentLocation: { id: 2, name: 'Bibliotheek Rivierenland Noord', kind: 'BRANCH' },
    collectionCode: 'KBW-2026',
    shelfMark: 'JEUGD KUIJ',
    status: 'ON_SHELF',
    reservationBlock: {
      level: 'OWN_PATRONS_ONLY',
      staffCode: 7,
      active: true,
      setBy: 'bieb.noord',
      setAt: '2026-09-20T07:15:00Z',
    },
    loanBlock: {
      blocked: true,
      active: true,
      until: '2026-12-06',
      reason: 'Tentoonstelling Kinderboekenweek',
      setBy: 'bieb.noord',
      setAt: '2026-11-16T09:40:00Z',
    },
    reservations: [],
    titleQueueLength: 0,
    history: [],
    ...overrides,
  };
}

export function location(id: number, name: string, kind: Location['kind'], organisationId = 1): Location {
  return {
    id,
    code: name.toUpperCase().replace(/\W+/g, '-'),
    name,
    kind,
    organisationId,
    active: true,
    pickupDays: 7,
    loanDays: 21,
    openingHours: [],
    closedPeriods: [],
  };
}

/** GET /api/locations: two branches of organisation 1, a school library (id 4) and another organisation's branch. */
export const allLocations: Location[] = [
  location(1, 'Bibliotheek Rivierenland Centrum', 'BRANCH'),
  location(2, 'Bibliotheek Rivierenland Noord', 'BRANCH'),
  { ...location(4, 'Schoolbibliotheek OBS De Regenboog', 'SCHOOL_LIBRARY'), schoolId: 1 },
  location(9, 'Bibliotheek Elders', 'BRANCH', 2),
];

export function catalogueTitle(overrides: Partial<CatalogueTitle> = {}): CatalogueTitle {
  return {
    id: 501,
    isbn: '9789021680026',
    title: 'Het geheim van de verdwenen kat',
    authors: 'Marieke Smit',
    series: 'Speurneuzen',
    seriesNumber: 2,
    publisher: 'Leopold',
    publicationYear: 2024,
    language: 'nl',
    readingLevel: 'E4',
    ageGroup: '6-9',
    themes: [{ code: 'dieren', nameNl: 'Dieren', nameEn: 'Animals' }],
    copies: [
      {
        barcode: '302100000901',
        ownerLocation: { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' },
        currentLocation: { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' },
        shelfMark: 'JE SMIT',
        status: 'ON_SHELF',
      },
    ],
    ...overrides,
  };
}

export function importResult(overrides: Partial<CatalogueImportResult> = {}): CatalogueImportResult {
  return {
    importId: 7,
    dryRun: true,
    format: 'CSV',
    titles: { created: 2, updated: 1, unchanged: 0, rejected: 0 },
    copies: { created: 3, updated: 0, unchanged: 1, rejected: 0 },
    errors: [],
    errorsTruncated: false,
    notes: [],
    ...overrides,
  };
}
