import type { CopySummary } from '../../../lib/api';
import { copyStatusText } from '../../../lib/availability';
import { useI18n } from '../../../lib/i18n';

export function CopiesTable({ copies }: { copies: CopySummary[] }) {
  const { t, locale } = useI18n();
  if (copies.length === 0) return <p>{t('title.availabilityNone')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="copies-caption" tabIndex={0}>
      <table className="table">
        <caption id="copies-caption">{t('copies.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('copies.location')}</th>
            <th scope="col">{t('copies.shelfMark')}</th>
            <th scope="col">{t('copies.status')}</th>
            <th scope="col">{t('copies.collection')}</th>
            <th scope="col">{t('copies.barcode')}</th>
          </tr>
        </thead>
        <tbody>
          {copies.map((copy) => (
            <tr key={copy.barcode}>
              <td>{copy.locationName}</td>
              <td>
                <span className="shelf-mark">{copy.shelfMark}</span>
              </td>
              <td>
                <span className={`status status--${copy.status.toLowerCase().replaceAll('_', '-')}`}>
                  {copyStatusText(copy, locale)}
                </span>
              </td>
              <td>{copy.collectionCode ?? '—'}</td>
              <td className="table__mono">{copy.barcode}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
