import type { Organisation, School } from '../lib/api';
import { authStore } from '../lib/auth-store';
import {
  NOTIFICATION_EVENTS,
  type Delivery,
  type NotificationEvent,
  type NotificationRule,
  type NotificationRules,
  type NotificationTemplate,
  type WebhookEndpoint,
} from '../lib/notification-api';

/** Answers of the notification endpoints (issue 21), shaped as the contract says (an absent value is left out). */

export const organisations: Organisation[] = [
  { id: 1, code: 'BRL', name: 'Bibliotheek Rivierenland', active: true, createdAt: '2026-01-01T00:00:00Z' },
  { id: 2, code: 'BWL', name: 'Bibliotheek Westland', active: true, createdAt: '2026-01-01T00:00:00Z' },
];

export const schools: School[] = [
  {
    id: 1,
    organisationId: 1,
    brin: '12AB',
    name: 'OBS De Regenboog',
    active: true,
    studentUsernameRule: 'FIRST_NAME_LAST_NAME',
    createdAt: '2026-01-01T00:00:00Z',
  },
  {
    id: 2,
    organisationId: 1,
    brin: '34CD',
    name: 'CBS De Wegwijzer',
    active: true,
    studentUsernameRule: 'FIRST_NAME_LAST_NAME',
    createdAt: '2026-01-01T00:00:00Z',
  },
  {
    id: 3,
    organisationId: 2,
    brin: '56EF',
    name: 'Het Palet',
    active: true,
    studentUsernameRule: 'FIRST_NAME_LAST_NAME',
    createdAt: '2026-01-01T00:00:00Z',
  },
];

/** The built-in rules: all on except RESERVATION_PLACED, the reminder 1 open day ahead. */
export function rules(
  overrides: Partial<Record<NotificationEvent, Partial<NotificationRule>>> = {},
  scope: { organisationId?: number; schoolId?: number | null } = {},
): NotificationRules {
  return {
    organisationId: scope.organisationId ?? 1,
    ...(scope.schoolId != null ? { schoolId: scope.schoolId } : {}),
    rules: NOTIFICATION_EVENTS.map((event) => ({
      event,
      enabled: event !== 'RESERVATION_PLACED',
      ...(event === 'PICKUP_REMINDER' ? { reminderOpenDays: 1 } : {}),
      source: 'DEFAULT' as const,
      ...overrides[event],
    })),
  };
}

const PLACEHOLDERS: Record<NotificationEvent, string[]> = {
  RESERVATION_PLACED: ['studentFirstName', 'title', 'location'],
  RESERVATION_READY: ['studentFirstName', 'title', 'location', 'pickupBy'],
  PICKUP_REMINDER: ['studentFirstName', 'title', 'location', 'pickupBy', 'openDaysLeft'],
  RESERVATION_EXPIRED: ['studentFirstName', 'title', 'location'],
  RESERVATION_CANCELLED: ['studentFirstName', 'title', 'reason'],
};

/** The ten texts; `custom` for the given event/language pairs ("RESERVATION_READY/nl"). */
export function templates(custom: string[] = []): NotificationTemplate[] {
  return NOTIFICATION_EVENTS.flatMap((event) =>
    (['nl', 'en'] as const).map((language) => ({
      event,
      language,
      subject: language === 'nl' ? `Bieb: ${event.toLowerCase()}` : `Library: ${event.toLowerCase()}`,
      body: language === 'nl' ? 'Hallo,\n\n{{studentFirstName}} heeft {{title}}.' : 'Hello,\n\n{{title}}.',
      custom: custom.includes(`${event}/${language}`),
      placeholders: PLACEHOLDERS[event],
    })),
  );
}

export function endpoint(overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: 7,
    clientId: 3,
    clientName: 'Regenboog SIS',
    url: 'https://sis.example.nl/hooks/bieb',
    description: 'Leerlingadministratie',
    eventTypes: ['ReservationReady', 'LoanCreated'],
    active: true,
    consecutiveFailures: 0,
    createdAt: '2026-12-01T10:00:00Z',
    pendingDeliveries: 0,
    failedDeliveries: 0,
    ...overrides,
  };
}

export function delivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: 501,
    channel: 'EMAIL',
    status: 'DELIVERED',
    eventId: 9001,
    eventType: 'ReservationReady',
    aggregateType: 'RESERVATION',
    aggregateId: 44,
    notification: 'RESERVATION_READY',
    attempts: 1,
    createdAt: '2026-12-04T09:00:00Z',
    deliveredAt: '2026-12-04T09:00:02Z',
    ...overrides,
  };
}

/** Logs in school staff of De Regenboog (school 1 of organisation 1). */
export function loginAsSchoolStaff() {
  authStore.setSession({
    accessToken: 'test-token',
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh-token',
    idleTimeoutSeconds: 1800,
    sessionExpiresAt: '2099-01-01T00:00:00Z',
    user: {
      id: 302,
      username: 'school.regenboog',
      displayName: 'Marieke de Graaf',
      role: 'SCHOOL_STAFF',
      locationId: 4,
      organisationId: 1,
      schoolId: 1,
      mustChangePassword: false,
    },
  });
}
