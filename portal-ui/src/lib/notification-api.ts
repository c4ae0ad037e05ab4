/**
 * Notifications (issue 21): the constants of the notification screens (rules and templates, webhooks, the delivery
 * log, the student's own settings), each checked against the generated contract. The shapes themselves are aliases
 * of api-types.ts in api.ts (the only place that names API shapes); they are re-exported here for the notification
 * screens. As everywhere in the contract, an absent value is left out of the JSON (`?: T`): test it with `!= null`.
 */
import type { DeliveryChannel, DeliveryStatus, NotificationEvent, NotificationLanguage } from './api';

export type {
  Delivery,
  DeliveryAttempt,
  DeliveryChannel,
  DeliveryDetail,
  DeliveryFilter,
  DeliveryPage,
  DeliveryStatus,
  LanguageChange,
  MyNotificationEvent,
  MyNotifications,
  NewWebhookEndpoint,
  NotificationEvent,
  NotificationLanguage,
  NotificationRule,
  NotificationRuleChange,
  NotificationRules,
  NotificationRulesUpdate,
  NotificationTemplate,
  RuleSource,
  TemplatePreview,
  TemplatePreviewRequest,
  TemplateText,
  WebhookEndpoint,
  WebhookEndpointPatch,
  WebhookEndpointSecret,
  WebhookPingResult,
} from './api';

/** The events a parent may get an e-mail for, in the contract's (enum) order. */
export const NOTIFICATION_EVENTS = [
  'RESERVATION_PLACED',
  'RESERVATION_READY',
  'PICKUP_REMINDER',
  'RESERVATION_EXPIRED',
  'RESERVATION_CANCELLED',
] as const satisfies readonly NotificationEvent[];

export const NOTIFICATION_LANGUAGES = ['nl', 'en'] as const satisfies readonly NotificationLanguage[];

/** The limits the service checks (NotificationTemplateText, NotificationRuleChange). */
export const TEMPLATE_SUBJECT_MAX = 200;
export const TEMPLATE_BODY_MAX = 5000;
export const REMINDER_DAYS_MIN = 1;
export const REMINDER_DAYS_MAX = 10;

export const DELIVERY_STATUSES = [
  'PENDING',
  'DELIVERED',
  'FAILED',
  'SKIPPED',
] as const satisfies readonly DeliveryStatus[];

export const DELIVERY_CHANNELS = ['EMAIL', 'WEBHOOK'] as const satisfies readonly DeliveryChannel[];
