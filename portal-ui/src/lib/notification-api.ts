/**
 * Notifications (issue 21): the JSON shapes of the notification rules and templates, the webhook endpoints, the
 * delivery log and the student's own notification settings, written from the shared contract while the service
 * endpoints are built in parallel. They are the only local API types of the portal: once openapi.yaml has these
 * endpoints, replace each type here with its generated alias (as in api.ts) and `untypedApi` with `api`.
 */
import { api } from './api-client';

// ---------- the call, until the paths are in the generated contract ----------

type Query = Record<string, string | number | boolean | null | undefined>;
interface UntypedInit {
  params?: { path?: Record<string, string | number>; query?: Query };
  body?: unknown;
  signal?: AbortSignal;
}
type UntypedCall = <T>(path: string, init?: UntypedInit) => Promise<T>;

/**
 * The typed client (`api`: token, problem+json, 401 handling) with the paths not (yet) in api-types.ts. The same
 * calls at run time; only the compile-time check of path and body is missing. Replace with `api` after the merge.
 */
export const untypedApi = api as unknown as {
  GET: UntypedCall;
  POST: UntypedCall;
  PUT: UntypedCall;
  PATCH: UntypedCall;
  DELETE: UntypedCall;
};

// ---------- notification rules and templates ----------

/** The events a parent may get an e-mail for, in the contract's (enum) order. */
export const NOTIFICATION_EVENTS = [
  'RESERVATION_PLACED',
  'RESERVATION_READY',
  'PICKUP_REMINDER',
  'RESERVATION_EXPIRED',
  'RESERVATION_CANCELLED',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_LANGUAGES = ['nl', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** Where an effective rule comes from: the built-in default, the organisation or the school's override. */
export type RuleSource = 'DEFAULT' | 'ORGANISATION' | 'SCHOOL';

export interface NotificationRule {
  event: NotificationEvent;
  enabled: boolean;
  /** Only for PICKUP_REMINDER: how many open days before the pickup-by day (1..10). */
  reminderOpenDays: number | null;
  source: RuleSource;
}

/** GET/PUT /api/notification-rules: all five events, effective for the school when schoolId is given. */
export interface NotificationRules {
  organisationId: number;
  schoolId: number | null;
  rules: NotificationRule[];
}

/** PUT /api/notification-rules. For a school, `enabled: null` removes its override (the organisation's rule holds). */
export interface NotificationRulesUpdate {
  organisationId: number;
  schoolId: number | null;
  rules: { event: NotificationEvent; enabled: boolean | null; reminderOpenDays: number | null }[];
}

/** GET /api/notification-templates: 10 rows (5 events × nl/en), the organisation's text or the built-in one. */
export interface NotificationTemplate {
  event: NotificationEvent;
  language: NotificationLanguage;
  subject: string;
  body: string;
  /** The organisation wrote its own text (false: the built-in one). */
  custom: boolean;
  /** The `{{name}}`s this event's text may use. */
  placeholders: string[];
}

export interface TemplateText {
  subject: string;
  body: string;
}

export interface TemplatePreviewRequest extends TemplateText {
  organisationId: number | null;
  event: NotificationEvent;
  language: NotificationLanguage;
}

/** POST /api/notification-templates/preview: the text filled in with example data; `html` is HTML-escaped. */
export interface TemplatePreview {
  subject: string;
  text: string;
  html: string;
}

export const TEMPLATE_SUBJECT_MAX = 200;
export const TEMPLATE_BODY_MAX = 5000;
export const REMINDER_DAYS_MIN = 1;
export const REMINDER_DAYS_MAX = 10;

// ---------- the student's own settings ----------

/** GET /api/me/notifications. */
export interface MyNotifications {
  language: NotificationLanguage;
  /** Masked ("m•••@example.nl"); null: the school has no address of the parents. */
  parentEmail: string | null;
  consentAt: string | null;
  events: { event: NotificationEvent; enabled: boolean; reminderOpenDays: number | null }[];
}

// ---------- webhooks ----------

export interface WebhookEndpoint {
  id: number;
  clientId: number;
  clientName: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  active: boolean;
  pausedAt: string | null;
  pauseReason: string | null;
  consecutiveFailures: number;
  createdAt: string;
  pendingDeliveries: number;
  failedDeliveries: number;
}

export interface NewWebhookEndpoint {
  clientId: number;
  url: string;
  description?: string;
  eventTypes: string[];
}

export interface WebhookEndpointPatch {
  url?: string;
  description?: string;
  eventTypes?: string[];
  active?: boolean;
}

/** POST /api/webhook-endpoints (201) and …/rotate-secret: the secret is in this answer only. */
export interface WebhookEndpointSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

/** POST /api/webhook-endpoints/{id}/ping. */
export interface WebhookPingResult {
  delivered: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

// ---------- the delivery log ----------

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED', 'SKIPPED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_CHANNELS = ['EMAIL', 'WEBHOOK'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export interface Delivery {
  id: number;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  eventId: number;
  eventType: string;
  aggregateType: string;
  aggregateId: number;
  notification: NotificationEvent | null;
  endpointId: number | null;
  endpointUrl: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
  lastError: string | null;
  /** A webhook delivery whose endpoint is paused (the service sends it, not in the contract's first draft). */
  endpointPaused?: boolean;
}

export interface DeliveryAttempt {
  attempt: number;
  attemptedAt: string;
  durationMs: number;
  succeeded: boolean;
  statusCode: number | null;
  error: string | null;
}

/** GET /api/deliveries/{id}: the delivery and its attempts (as the service answers; the contract's draft had them flat). */
export interface DeliveryDetail {
  delivery: Delivery;
  attemptLog: DeliveryAttempt[];
}

export interface DeliveryPage {
  items: Delivery[];
  /** Give as `before` for the next (older) page; absent (or null) at the end. */
  nextBefore?: number | null;
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  channel?: DeliveryChannel;
  endpointId?: number;
}
