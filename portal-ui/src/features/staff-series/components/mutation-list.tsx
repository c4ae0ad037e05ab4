import { useRef, useState } from 'react';
import { ConfirmActions, Dialog } from '../../../components/dialog';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { SeriesMutation, UndoResult } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useAllLocations } from '../../../lib/queries/use-staff-lookups';
import { formatDeskDateTime } from '../../../lib/staff';
import { describeBlockValue, describeSelection } from '../../../lib/staff-changes';
import { useSeriesMutations, useUndoMutation } from '../api/use-series-mutations';

/** Past series mutations (newest first), each undoable once. */
export function MutationList() {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const list = useSeriesMutations(page);
  const locations = useAllLocations();
  const undo = useUndoMutation();
  const [undoing, setUndoing] = useState<SeriesMutation | null>(null);
  const [result, setResult] = useState<UndoResult | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  const locationName = (id: number) => locations.data?.find((l) => l.id === id)?.name;
  const conflict = undo.error instanceof ApiError && undo.error.code === 'CONFLICT';

  const run = (skipChanged: boolean) => {
    if (!undoing) return;
    undo.mutate(
      { id: undoing.id, skipChanged },
      {
        onSuccess: (done) => {
          setResult(done);
          setUndoing(null);
        },
      },
    );
  };

  const close = () => {
    setUndoing(null);
    undo.reset();
  };

  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.size)) : 1;
  return (
    <section className="staff-panel" aria-labelledby="series-list-heading">
      <h2 id="series-list-heading" tabIndex={-1}>
        {t('staff.series.listHeading')}
      </h2>
      <p className="staff-queue__notice" role="status" data-testid="series-undone">
        {result
          ? t('staff.series.undone', { id: result.mutation.id, count: result.restored }) +
            (result.skipped > 0 ? ` ${t('staff.series.skipped', { count: result.skipped })}` : '')
          : ''}
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.isError && !list.data ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="hint">{t('staff.series.listEmpty')}</p>
      ) : (
        <>
          <TableShell
            id="series-list"
            caption={t('staff.series.listCaption')}
            testId="series-list"
            headers={[
              '#',
              t('staff.copy.historyWhen'),
              t('staff.copy.historyWho'),
              t('staff.series.listSelection'),
              t('staff.series.listChange'),
              t('staff.series.listCopies'),
              t('staff.holdShelf.action'),
            ]}
          >
            {list.data.items.map((mutation) => (
              <tr key={mutation.id} id={`mutatie-${mutation.id}`} data-mutation-id={mutation.id}>
                <td>{mutation.id}</td>
                <td>{formatDeskDateTime(mutation.createdAt, locale)}</td>
                <td>{mutation.createdBy}</td>
                <td>{describeSelection(mutation.selection, locale, locationName)}</td>
                <td>{describeBlockValue(mutation.change, locale)}</td>
                <td>
                  {t('staff.series.listCount', { changed: mutation.changed, matched: mutation.matched })}
                  {mutation.outOfScope > 0 ? (
                    <span className="hold-shelf__sub">
                      {t('staff.series.outOfScopeShort', { count: mutation.outOfScope })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {mutation.undoneAt ? (
                    <span>
                      {t('staff.series.undoneAt', {
                        at: formatDeskDateTime(mutation.undoneAt, locale),
                        by: mutation.undoneBy ?? '—',
                      })}
                      {mutation.restored != null ? (
                        <span className="hold-shelf__sub">
                          {t('staff.series.restored', { count: mutation.restored })}
                        </span>
                      ) : null}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('staff.series.undoLabel', { id: mutation.id })}
                      onClick={() => {
                        setResult(null);
                        undo.reset();
                        setUndoing(mutation);
                      }}
                    >
                      {t('staff.series.undo')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </TableShell>
          {pages > 1 ? (
            <div className="staff-panel__actions">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
              >
                {t('pagination.previous')}
              </button>
              <span>{t('pagination.status', { page: page + 1, pages })}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page + 1 >= pages}
                onClick={() => setPage((p) => p + 1)}
              >
                {t('pagination.next')}
              </button>
            </div>
          ) : null}
        </>
      )}
      {undoing ? (
        <Dialog
          variant="staff"
          title={t('staff.series.undoTitle', { id: undoing.id })}
          description={<p>{t('staff.series.undoText', { count: undoing.changed })}</p>}
          onClose={close}
          busy={undo.isPending}
          initialFocus={keepRef}
          fallbackFocus={() => document.getElementById('series-list-heading')}
        >
          {conflict ? (
            <div className="alert alert--error" role="alert">
              <p>{t('staff.series.undoConflict')}</p>
            </div>
          ) : undo.isError ? (
            <ProblemAlert error={undo.error} />
          ) : null}
          {/* On a conflict: restore only the copies nobody changed since. */}
          <ConfirmActions
            confirm={conflict ? t('staff.series.undoSkipChanged') : t('staff.series.undoConfirm')}
            onConfirm={() => run(conflict)}
            safe={t('staff.queue.close')}
            onSafe={close}
            safeRef={keepRef}
            busy={undo.isPending}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
