import type { MessageKey } from '../../../lib/i18n';
import type { NotificationEvent, NotificationLanguage, RuleSource } from '../../../lib/notification-api';

/** The staff's name of each notification event. */
export const EVENT_KEYS: Record<NotificationEvent, MessageKey> = {
  RESERVATION_PLACED: 'admin.notifications.event.RESERVATION_PLACED',
  RESERVATION_READY: 'admin.notifications.event.RESERVATION_READY',
  PICKUP_REMINDER: 'admin.notifications.event.PICKUP_REMINDER',
  RESERVATION_EXPIRED: 'admin.notifications.event.RESERVATION_EXPIRED',
  RESERVATION_CANCELLED: 'admin.notifications.event.RESERVATION_CANCELLED',
};

export const SOURCE_KEYS: Record<RuleSource, MessageKey> = {
  DEFAULT: 'admin.notifications.source.DEFAULT',
  ORGANISATION: 'admin.notifications.source.ORGANISATION',
  SCHOOL: 'admin.notifications.source.SCHOOL',
};

export const LANGUAGE_KEYS: Record<NotificationLanguage, MessageKey> = {
  nl: 'admin.notifications.language.nl',
  en: 'admin.notifications.language.en',
};

/** The staff's name of a notification the service names (null for one this portal does not know). */
export function eventKey(notification: string | null | undefined): MessageKey | null {
  return notification != null && Object.hasOwn(EVENT_KEYS, notification)
    ? EVENT_KEYS[notification as NotificationEvent]
    : null;
}
