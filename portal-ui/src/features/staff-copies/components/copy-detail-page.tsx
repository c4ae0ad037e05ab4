import { Link, useParams } from 'react-router-dom';
import { Facts, type Fact } from '../../../components/facts';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { CopyChange, CopyDetail } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { copyStatusText } from '../../../lib/availability';
import { formatLongDate } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useAllLocations } from '../../../lib/queries/use-staff-lookups';
import { formatDeskDate, formatDeskDateTime, patronLabel, staffPaths } from '../../../lib/staff';
import { describeBlockValue } from '../../../lib/staff-changes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCopy } from '../api/use-copy';
import { CopyManage } from './copy-manage';
import { CopyReservationForm } from './copy-reservation-form';
import { LoanBlockForm } from './loan-block-form';
import { ReservationBlockForm } from './reservation-block-form';

const CHANGE_KEYS: Record<CopyChange['what'], MessageKey> = {
  RESERVATION_BLOCK: 'staff.copy.change.reservationBlock',
  LOAN_BLOCK: 'staff.copy.change.loanBlock',
  COPY_RESERVATION: 'staff.copy.change.copyReservation',
  COLLECTION_DEFAULT: 'staff.copy.change.collectionDefault',
  SERIES_MUTATION: 'staff.copy.change.seriesMutation',
  CREATED: 'staff.copy.change.created',
  CHANGED: 'staff.copy.change.changed',
  MOVED: 'staff.copy.change.moved',
  WITHDRAWN: 'staff.copy.change.withdrawn',
};

/**
 * /balie/exemplaren/:barcode — one copy: status, loan, reservations, both blocks, copy reservation, move and
 * withdraw, history. A withdrawn copy shows its withdrawal (when, by whom, why) and nothing to change.
 */
export function CopyDetailPage() {
  const { t } = useI18n();
  const { barcode = '' } = useParams();
  const copy = useCopy(barcode);
  useDocumentTitle(
    copy.data ? t('staff.copy.documentTitle', { barcode: copy.data.barcode }) : t('staff.copy.lookupTitle'),
  );

  return (
    <div className="page staff-copy">
      <p className="back-link">
        <Link to={staffPaths.copyLookup}>← {t('staff.copy.other')}</Link>
      </p>
      {copy.isPending ? (
        <Loading />
      ) : copy.isError && !copy.data ? (
        <>
          <h1>{t('staff.copy.heading', { barcode })}</h1>
          {copy.error instanceof ApiError && copy.error.code === 'NOT_FOUND' ? (
            <div className="alert alert--error" role="alert">
              <p>{t('staff.copy.notFound', { barcode })}</p>
            </div>
          ) : (
            <ProblemAlert error={copy.error} onRetry={() => void copy.refetch()} />
          )}
        </>
      ) : (
        <CopyView copy={copy.data} />
      )}
    </div>
  );
}

function CopyView({ copy }: { copy: CopyDetail }) {
  const { t, locale } = useI18n();
  const withdrawn = copy.status === 'WITHDRAWN';
  // A copy added or moved names its locations by id in the history: their names, only then.
  const locations = useAllLocations({
    enabled: copy.history.some((change) => change.what === 'CREATED' || change.what === 'MOVED'),
  });
  const locationName = (id: number) => locations.data?.find((location) => location.id === id)?.name;
  const facts: Fact[] = [
    { label: t('staff.copy.barcode'), value: <span className="table__mono">{copy.barcode}</span> },
    {
      label: t('staff.copy.status'),
      value: copyStatusText({ status: copy.status, dueDate: copy.currentLoan?.dueDate }, locale),
    },
    { label: t('staff.copy.owner'), value: copy.ownerLocation.name },
    { label: t('staff.copy.current'), value: copy.currentLocation.name },
  ];
  if (copy.transitTo) facts.push({ label: t('staff.copy.transitTo'), value: copy.transitTo.name });
  facts.push({ label: t('staff.copy.collection'), value: copy.collectionCode ?? '—' });
  facts.push({
    label: t('staff.copy.shelfMark'),
    value: <span className="shelf-mark">{copy.shelfMark}</span>,
  });
  if (copy.currentLoan) {
    facts.push({
      label: t('staff.copy.loan'),
      value: (
        <>
          {t('staff.copy.loanText', {
            patron: patronLabel(copy.currentLoan.patron),
            date: formatLongDate(copy.currentLoan.dueDate, locale),
          })}
          {copy.currentLoan.overdue ? (
            <strong className="hold-shelf__late"> ({t('staff.copy.overdue')})</strong>
          ) : null}
        </>
      ),
    });
  }
  facts.push({
    label: t('staff.copy.queue'),
    value: (
      <Link to={staffPaths.titleQueue(copy.title.id)}>
        {t('staff.copy.queueLength', { count: copy.titleQueueLength })}
      </Link>
    ),
  });

  return (
    <>
      <h1>
        {copy.title.title} <span className="staff-copy__barcode">{copy.barcode}</span>
      </h1>
      <p className="lead">{copy.title.authors}</p>
      <Facts facts={facts} wide />

      <section className="staff-panel" aria-labelledby="copy-reservations-heading">
        <h2 id="copy-reservations-heading">{t('staff.copy.reservations')}</h2>
        {copy.reservations.length === 0 ? (
          <p className="hint">{t('staff.copy.noReservations')}</p>
        ) : (
          <ul className="staff-list">
            {copy.reservations.map((reservation) => (
              <li key={reservation.id}>
                <strong>{reservation.patron ? patronLabel(reservation.patron) : '—'}</strong>{' '}
                <span className="tag">
                  {reservation.kind === 'COPY'
                    ? t('staff.queue.copyReservation')
                    : t('staff.copy.titleReservation')}
                </span>{' '}
                {t(`staff.copy.reservationStatus.${reservation.status}` as MessageKey)}
                {reservation.pickupBy
                  ? ` — ${t('staff.copy.pickupBy', { date: formatDeskDate(reservation.pickupBy, locale) })}`
                  : ''}
                {` · ${reservation.pickupLocation.name}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      {withdrawn ? (
        <div className="alert staff-copy__withdrawn" data-testid="copy-withdrawn">
          <p className="alert__title">{t('staff.copy.withdrawnHeading')}</p>
          <p>
            {copy.withdrawal
              ? t('staff.copy.withdrawnText', {
                  date: formatDeskDateTime(copy.withdrawal.at, locale),
                  by: copy.withdrawal.by,
                  reason: copy.withdrawal.reason,
                })
              : t('staff.copy.withdrawnNoDetails')}
          </p>
        </div>
      ) : (
        <>
          <div className="staff-copy__forms">
            <ReservationBlockForm copy={copy} />
            <LoanBlockForm copy={copy} />
          </div>
          <CopyReservationForm copy={copy} />
          <CopyManage copy={copy} />
        </>
      )}

      <section className="staff-panel" aria-labelledby="copy-history-heading">
        <h2 id="copy-history-heading">{t('staff.copy.history')}</h2>
        {copy.history.length === 0 ? (
          <p className="hint">{t('staff.copy.noHistory')}</p>
        ) : (
          <TableShell
            id="copy-history"
            caption={t('staff.copy.historyCaption')}
            testId="copy-history"
            headers={[
              t('staff.copy.historyWhen'),
              t('staff.copy.historyWho'),
              t('staff.copy.historyWhat'),
              t('staff.copy.historyBefore'),
              t('staff.copy.historyAfter'),
            ]}
          >
            {copy.history.map((change, index) => (
              <tr key={`${change.at}-${index}`}>
                <td>{formatDeskDateTime(change.at, locale)}</td>
                <td>{change.by}</td>
                <td>
                  {t(CHANGE_KEYS[change.what] ?? 'staff.copy.change.other')}
                  {change.seriesMutationId != null ? (
                    <>
                      {' '}
                      <Link to={`${staffPaths.seriesMutations}#mutatie-${change.seriesMutationId}`}>
                        #{change.seriesMutationId}
                      </Link>
                    </>
                  ) : null}
                </td>
                <td>{describeBlockValue(change.before, locale, locationName)}</td>
                <td>{describeBlockValue(change.after, locale, locationName)}</td>
              </tr>
            ))}
          </TableShell>
        )}
      </section>
    </>
  );
}
