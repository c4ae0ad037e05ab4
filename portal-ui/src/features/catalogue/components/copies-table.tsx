import { TableShell } from '../../../components/table-shell';
import type { CopySummary } from '../../../lib/api';
import { copyStatusText } from '../../../lib/availability';
import { useI18n } from '../../../lib/i18n';

export function CopiesTable({ copies }: { copies: CopySummary[] }) {
  const { t, locale } = useI18n();
  if (copies.length === 0) return <p>{t('title.availabilityNone')}</p>;
  return (
    <TableShell
      id="copies"
      caption={t('copies.caption')}
      headers={[
        t('copies.location'),
        t('copies.shelfMark'),
        t('copies.status'),
        t('copies.collection'),
        t('copies.barcode'),
      ]}
    >
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
    </TableShell>
  );
}
