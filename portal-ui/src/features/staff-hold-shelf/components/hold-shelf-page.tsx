import { Link, useSearchParams } from 'react-router-dom';
import { QueueLink } from '../../../components/queue-link';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { HoldShelf, HoldShelfEntry, PatronRef, PickListEntry, TitleRef } from '../../../lib/api';
import { parseDate } from '../../../lib/format';
import { useI18n, type Locale, type MessageKey } from '../../../lib/i18n';
import { formatDeskDate, formatDeskDateTime, staffPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useHoldShelf } from '../api/use-hold-shelf';
import { Tabs } from './tabs';

const TABS = { ready: 'klaar', toClear: 'opruimen', pickList: 'paklijst' } as const;
type TabKey = keyof typeof TABS;

function tabFromParam(value: string | null): TabKey {
  const found = (Object.keys(TABS) as TabKey[]).find((key) => TABS[key] === value);
  return found ?? 'ready';
}

const byName = (a: { patron?: PatronRef }, b: { patron?: PatronRef }) =>
  (a.patron?.name ?? '').localeCompare(b.patron?.name ?? '', 'nl');
const byShelfMark = (a: { shelfMark: string }, b: { shelfMark: string }) =>
  a.shelfMark.localeCompare(b.shelfMark, 'nl', { numeric: true });

/** /balie/afhaalplank?tab=klaar|opruimen|paklijst — the hold shelf of the staff member's location. */
export function HoldShelfPage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.holdShelf.title'));
  const shelf = useHoldShelf();
  return (
    <div className="page hold-shelf">
      <div className="page-heading-row">
        <h1>{t('staff.holdShelf.title')}</h1>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void shelf.refetch()}
          disabled={shelf.isFetching}
        >
          {t('staff.holdShelf.refresh')}
        </button>
      </div>
      {shelf.isPending ? (
        <Loading />
      ) : shelf.isError && !shelf.data ? (
        <ProblemAlert error={shelf.error} onRetry={() => void shelf.refetch()} />
      ) : (
        <HoldShelfTabs shelf={shelf.data} />
      )}
    </div>
  );
}

function HoldShelfTabs({ shelf }: { shelf: HoldShelf }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const selected = tabFromParam(params.get('tab'));
  const select = (key: TabKey) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('tab', TABS[key]);
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <p className="lead">
        {t('staff.holdShelf.at', { location: shelf.location.name })}. {t('staff.holdShelf.intro')}
      </p>
      <Tabs<TabKey>
        id="hold-shelf"
        label={t('staff.holdShelf.tabs')}
        selected={selected}
        onSelect={select}
        items={[
          {
            key: 'ready',
            label: t('staff.holdShelf.ready', { count: shelf.ready.length }),
            panel: <ReadyTable entries={[...shelf.ready].sort(byName)} />,
          },
          {
            key: 'toClear',
            label: t('staff.holdShelf.toClear', { count: shelf.toClear.length }),
            panel: <ToClearTable entries={[...shelf.toClear].sort(byShelfMark)} />,
          },
          {
            key: 'pickList',
            label: t('staff.holdShelf.pickList', { count: shelf.pickList.length }),
            panel: <PickListTable entries={[...shelf.pickList].sort(byShelfMark)} />,
          },
        ]}
      />
    </>
  );
}

/** The patron; a reservation anonymised after the retention period (AVG) has none any more. */
function PatronCell({ patron }: { patron?: PatronRef }) {
  const { t } = useI18n();
  if (!patron) return <span className="hold-shelf__sub">{t('staff.holdShelf.anonymised')}</span>;
  return (
    <>
      <span className="hold-shelf__patron">{patron.name}</span>
      {patron.groupName || patron.schoolName ? (
        <span className="hold-shelf__sub">
          {[patron.groupName, patron.schoolName].filter(Boolean).join(' · ')}
        </span>
      ) : null}
    </>
  );
}

function TitleCell({ title }: { title: TitleRef }) {
  return (
    <>
      <span className="hold-shelf__title">{title.title}</span>
      <QueueLink className="hold-shelf__queue-link" title={title} />
    </>
  );
}

function isPast(date: string, now = new Date()): boolean {
  const parsed = parseDate(date);
  if (!parsed) return false;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return parsed < today;
}

function ReadyTable({ entries }: { entries: HoldShelfEntry[] }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return <p className="empty-state">{t('staff.holdShelf.readyEmpty')}</p>;
  return (
    <TableShell
      id="hold-shelf-ready"
      testId="hold-shelf-ready"
      caption={t('staff.holdShelf.readyCaption')}
      headers={[
        t('staff.holdShelf.patron'),
        t('staff.holdShelf.book'),
        t('staff.holdShelf.shelfMark'),
        t('staff.holdShelf.barcode'),
        t('staff.holdShelf.pickupBy'),
      ]}
    >
      {entries.map((entry) => (
        <tr key={entry.reservationId}>
          <td>
            <PatronCell patron={entry.patron} />
          </td>
          <td>
            <TitleCell title={entry.title} />
          </td>
          <td>
            <span className="shelf-mark">{entry.shelfMark}</span>
          </td>
          <td className="table__mono">{entry.barcode}</td>
          <td>
            <PickupBy date={entry.pickupBy} locale={locale} />
          </td>
        </tr>
      ))}
    </TableShell>
  );
}

function PickupBy({ date, locale }: { date: string | null | undefined; locale: Locale }) {
  const { t } = useI18n();
  if (!date) return <>—</>;
  const past = isPast(date);
  return (
    <span className={past ? 'hold-shelf__late' : undefined}>
      {formatDeskDate(date, locale)}
      {past ? ` (${t('staff.holdShelf.overdue')})` : ''}
    </span>
  );
}

function ToClearTable({ entries }: { entries: HoldShelfEntry[] }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return <p className="empty-state">{t('staff.holdShelf.toClearEmpty')}</p>;
  const why = (status: string | null | undefined) =>
    status === 'EXPIRED'
      ? t('staff.holdShelf.expired')
      : status === 'CANCELLED'
        ? t('staff.holdShelf.cancelled')
        : t('staff.holdShelf.otherReason');
  return (
    <>
      <p className="hint">{t('staff.holdShelf.toClearHint')}</p>
      <TableShell
        id="hold-shelf-to-clear"
        testId="hold-shelf-to-clear"
        caption={t('staff.holdShelf.toClearCaption')}
        headers={[
          t('staff.holdShelf.shelfMark'),
          t('staff.holdShelf.barcode'),
          t('staff.holdShelf.book'),
          t('staff.holdShelf.patron'),
          t('staff.holdShelf.why'),
          t('staff.holdShelf.since'),
          t('staff.holdShelf.action'),
        ]}
      >
        {entries.map((entry) => (
          <tr key={entry.reservationId}>
            <CopyCells entry={entry} />
            <td>{why(entry.reservationStatus)}</td>
            <td>{entry.since ? formatDeskDateTime(entry.since, locale) : '—'}</td>
            <td>
              <CheckInLink
                barcode={entry.barcode}
                labelKey="staff.holdShelf.checkInAgainLabel"
                textKey="staff.holdShelf.checkInAgain"
              />
            </td>
          </tr>
        ))}
      </TableShell>
    </>
  );
}

function PickListTable({ entries }: { entries: PickListEntry[] }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return <p className="empty-state">{t('staff.holdShelf.pickListEmpty')}</p>;
  return (
    <>
      <p className="hint">{t('staff.holdShelf.pickListHint')}</p>
      <TableShell
        id="hold-shelf-pick-list"
        testId="hold-shelf-pick-list"
        caption={t('staff.holdShelf.pickListCaption')}
        headers={[
          t('staff.holdShelf.shelfMark'),
          t('staff.holdShelf.barcode'),
          t('staff.holdShelf.book'),
          t('staff.holdShelf.patron'),
          t('staff.holdShelf.pickupAt'),
          t('staff.holdShelf.placed'),
          t('staff.holdShelf.action'),
        ]}
      >
        {entries.map((entry) => (
          <tr key={entry.reservationId}>
            <CopyCells entry={entry} />
            <td>{entry.pickupLocation.name}</td>
            <td>{formatDeskDateTime(entry.placedAt, locale)}</td>
            <td>
              <CheckInLink
                barcode={entry.barcode}
                labelKey="staff.holdShelf.checkInLabel"
                textKey="staff.holdShelf.checkIn"
              />
            </td>
          </tr>
        ))}
      </TableShell>
    </>
  );
}

/** The cells every hold-shelf table starts with: shelf mark, barcode, book, patron. */
function CopyCells({ entry }: { entry: Pick<HoldShelfEntry, 'shelfMark' | 'barcode' | 'title' | 'patron'> }) {
  return (
    <>
      <td>
        <span className="shelf-mark">{entry.shelfMark}</span>
      </td>
      <td className="table__mono">{entry.barcode}</td>
      <td>
        <TitleCell title={entry.title} />
      </td>
      <td>
        <PatronCell patron={entry.patron} />
      </td>
    </>
  );
}

/** Opens the check-in desk with this barcode filled in. */
function CheckInLink({
  barcode,
  labelKey,
  textKey,
}: {
  barcode: string;
  labelKey: MessageKey;
  textKey: MessageKey;
}) {
  const { t } = useI18n();
  return (
    <Link
      className="button button--secondary button--small"
      to={`${staffPaths.checkIn}?barcode=${encodeURIComponent(barcode)}`}
      aria-label={t(labelKey, { barcode })}
    >
      {t(textKey)}
    </Link>
  );
}
