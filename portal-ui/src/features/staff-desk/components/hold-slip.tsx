import type { CheckinResult } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { formatDeskDate } from '../../../lib/staff';

/**
 * The slip that goes into the book on the hold shelf (or in the transit crate). Hidden on screen; the
 * print stylesheet shows only this when it is there.
 */
export function HoldSlip({ result }: { result: CheckinResult }) {
  const { t, locale } = useI18n();
  const alert = result.alert;
  if (!alert) return null;
  return (
    <section className="hold-slip" aria-label={t('staff.slip.heading')} data-testid="hold-slip">
      <p className="hold-slip__kind">{t('staff.slip.heading')}</p>
      <p className="hold-slip__name">{alert.patronName}</p>
      <dl className="hold-slip__facts">
        {alert.groupName ? (
          <div>
            <dt>{t('staff.slip.group')}</dt>
            <dd>{alert.groupName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('staff.slip.title')}</dt>
          <dd>{result.title.title}</dd>
        </div>
        <div>
          <dt>{t('staff.slip.barcode')}</dt>
          <dd>{result.barcode}</dd>
        </div>
        <div>
          <dt>{t('staff.slip.pickupAt')}</dt>
          <dd>{alert.pickupLocation.name}</dd>
        </div>
        {alert.pickupBy ? (
          <div>
            <dt>{t('staff.slip.pickupBy')}</dt>
            <dd className="hold-slip__date">{formatDeskDate(alert.pickupBy, locale)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
