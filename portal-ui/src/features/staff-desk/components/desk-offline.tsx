import { useI18n } from '../../../lib/i18n';

/**
 * The desk cannot reach the service: said for staff, and looking unlike a refusal (nothing was refused; the scans
 * wait below and are done by themselves once the connection is back).
 */
export function DeskOffline({ waiting }: { waiting: readonly string[] }) {
  const { t } = useI18n();
  return (
    <div className="desk-offline" role="status" data-testid="desk-offline">
      <p className="desk-offline__title">{t('staff.desk.offline')}</p>
      <p>{t('staff.desk.offlineWaiting', { count: waiting.length })}</p>
      {waiting.length > 0 ? (
        <p className="desk-offline__scans">
          {waiting.map((barcode, index) => (
            <span key={`${index}:${barcode}`} className="table__mono">
              {barcode}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
