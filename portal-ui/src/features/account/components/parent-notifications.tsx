import { Loading, ProblemAlert } from '../../../components/status';
import { formatDay } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import type { MyNotifications, NotificationEvent } from '../../../lib/notification-api';
import { useMyNotifications } from '../api/use-my-notifications';

/** What a child reads for each notification (the e-mail goes to the parents). */
const EVENT_KEYS: Record<NotificationEvent, MessageKey> = {
  RESERVATION_PLACED: 'parents.event.RESERVATION_PLACED',
  RESERVATION_READY: 'parents.event.RESERVATION_READY',
  PICKUP_REMINDER: 'parents.event.PICKUP_REMINDER',
  RESERVATION_EXPIRED: 'parents.event.RESERVATION_EXPIRED',
  RESERVATION_CANCELLED: 'parents.event.RESERVATION_CANCELLED',
};

/**
 * Mijn gegevens → "Meldingen aan je ouders": whether the school has an address of the parents (masked), which
 * e-mails they get, and in which language (the student's choice with the NL/EN switch, saved when switching).
 */
export function ParentNotifications() {
  const { t } = useI18n();
  const notifications = useMyNotifications();
  return (
    <section className="account-section" aria-labelledby="parent-notifications-heading">
      <h2 id="parent-notifications-heading">{t('parents.heading')}</h2>
      {notifications.isPending ? (
        <Loading />
      ) : notifications.isError && !notifications.data ? (
        <ProblemAlert error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : (
        <ParentNotificationsText notifications={notifications.data} />
      )}
    </section>
  );
}

function ParentNotificationsText({ notifications }: { notifications: MyNotifications }) {
  const { t, locale } = useI18n();
  const { parentEmail, events } = notifications;
  const language = t(notifications.language === 'en' ? 'parents.language.en' : 'parents.language.nl');
  if (!parentEmail) {
    return (
      <div data-testid="parent-notifications">
        <p>{t('parents.noAddress')}</p>
        <p>{t('parents.language', { language })}</p>
      </div>
    );
  }
  const on = events.filter((event) => event.enabled);
  return (
    <div data-testid="parent-notifications">
      <p>
        {t('parents.address')} <strong className="parent-address">{parentEmail}</strong>
      </p>
      {notifications.consentAt ? (
        <p className="hint">{t('parents.consent', { date: formatDay(notifications.consentAt, locale) })}</p>
      ) : null}
      {on.length === 0 ? (
        <p>{t('parents.none')}</p>
      ) : (
        <>
          <p id="parent-notifications-list">{t('parents.listIntro')}</p>
          <ul className="parent-notifications" aria-labelledby="parent-notifications-list">
            {on.map((event) => (
              <li key={event.event}>
                {event.event === 'PICKUP_REMINDER' && event.reminderOpenDays != null
                  ? t('parents.event.PICKUP_REMINDER_DAYS', { count: event.reminderOpenDays })
                  : t(EVENT_KEYS[event.event])}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('parents.language', { language })}</p>
    </div>
  );
}
