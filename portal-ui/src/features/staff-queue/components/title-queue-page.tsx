import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NotFound } from '../../../components/not-found';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { MoveDirection, Reservation } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { formatDeskDate, formatDeskDateTime, patronLabel, staffPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCancelReservation, useMoveReservation } from '../api/use-queue-actions';
import { useQueueTitle, useTitleQueue } from '../api/use-title-queue';
import { ReasonDialog } from './reason-dialog';

type Pending =
  | { kind: 'move'; direction: MoveDirection; reservation: Reservation }
  | { kind: 'cancel'; reservation: Reservation };

/** Reservations that compete for the same copies (the service moves within this group). */
function sameGroup(a: Reservation, b: Reservation): boolean {
  if (a.kind !== 'TITLE' || b.kind !== 'TITLE' || a.scope !== b.scope) return false;
  return a.scope === 'LIBRARY' || a.pickupLocation.id === b.pickupLocation.id;
}

/** Can this reservation move one place up or down? (The service answers CONFLICT otherwise.) */
export function canMove(queue: Reservation[], index: number, direction: MoveDirection): boolean {
  const reservation = queue[index];
  if (!reservation || reservation.kind !== 'TITLE' || reservation.status !== 'WAITING') return false;
  const others = direction === 'UP' ? queue.slice(0, index) : queue.slice(index + 1);
  return others.some((other) => sameGroup(other, reservation));
}

/** /balie/titels/:id/wachtrij — a title's queue: positions, move up/down with a reason, cancel with a reason. */
export function TitleQueuePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const titleId = Number(id);
  const title = useQueueTitle(titleId);
  const queue = useTitleQueue(titleId);
  const name = title.data?.title;
  useDocumentTitle(name ? t('staff.queue.documentTitle', { title: name }) : t('staff.queue.title'));

  if (!Number.isSafeInteger(titleId) || titleId <= 0) return <NotFound />;
  if (title.error instanceof ApiError && title.error.status === 404) return <NotFound />;

  return (
    <div className="page staff-queue">
      <p className="back-link">
        <Link to={staffPaths.queueSearch}>← {t('staff.queue.back')}</Link>
      </p>
      <h1 id="queue-heading" tabIndex={-1}>
        {t('staff.queue.heading', { title: name ?? `#${titleId}` })}
      </h1>
      {title.data ? <p className="lead">{title.data.authors}</p> : null}
      {queue.isPending ? (
        <Loading />
      ) : queue.isError && !queue.data ? (
        <ProblemAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <QueueTable titleId={titleId} queue={queue.data} />
      )}
    </div>
  );
}

function QueueTable({ titleId, queue }: { titleId: number; queue: Reservation[] }) {
  const { t, locale } = useI18n();
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const move = useMoveReservation(titleId);
  const cancel = useCancelReservation(titleId);

  const close = () => {
    setPending(null);
    move.reset();
    cancel.reset();
  };

  const onConflict = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      setNotice(t('staff.queue.conflict'));
      setPending(null);
      return true;
    }
    return false;
  };

  const confirm = (reason: string) => {
    if (!pending) return;
    const patron = pending.reservation.patron ? patronLabel(pending.reservation.patron) : '';
    if (pending.kind === 'move') {
      move.mutate(
        { id: pending.reservation.id, direction: pending.direction, reason },
        {
          onSuccess: (moved) => {
            setNotice(
              moved.position != null
                ? t('staff.queue.moved', { patron, order: moved.position })
                : t('staff.queue.movedNoOrder', { patron }),
            );
            setPending(null);
          },
          onError: (error) => void onConflict(error),
        },
      );
    } else {
      cancel.mutate(
        { id: pending.reservation.id, reason },
        {
          onSuccess: () => {
            setNotice(t('staff.queue.cancelled', { patron }));
            setPending(null);
          },
          onError: (error) => void onConflict(error),
        },
      );
    }
  };

  const mutationError =
    pending?.kind === 'move' ? move.error : pending?.kind === 'cancel' ? cancel.error : null;
  const shownError =
    mutationError instanceof ApiError && mutationError.code === 'CONFLICT' ? null : mutationError;

  return (
    <>
      <p className="staff-queue__notice" role="status">
        {notice ?? ''}
      </p>
      {queue.length === 0 ? (
        <p className="empty-state">{t('staff.queue.empty')}</p>
      ) : (
        <>
          <p className="tag">{t('staff.queue.count', { count: queue.length })}</p>
          <TableShell
            id="queue"
            caption={t('staff.queue.caption')}
            className="queue-table"
            testId="queue-table"
            headers={[
              t('staff.queue.position'),
              t('staff.queue.patron'),
              t('staff.queue.pickup'),
              t('staff.queue.placed'),
              t('staff.queue.paused'),
              t('staff.queue.estimate'),
              t('staff.queue.actions'),
            ]}
          >
            {queue.map((reservation, index) => {
              const patron = reservation.patron ? patronLabel(reservation.patron) : '—';
              return (
                <tr key={reservation.id} data-reservation-id={reservation.id}>
                  <td className="queue-table__position">{reservation.position ?? '—'}</td>
                  <th scope="row" className="queue-table__patron">
                    {patron}
                    {reservation.patron?.schoolName ? (
                      <span className="hold-shelf__sub">{reservation.patron.schoolName}</span>
                    ) : null}
                    {reservation.kind === 'COPY' ? (
                      <span className="tag">{t('staff.queue.copyReservation')}</span>
                    ) : null}
                  </th>
                  <td>{reservation.pickupLocation.name}</td>
                  <td>{formatDeskDateTime(reservation.placedAt, locale)}</td>
                  <td>
                    {reservation.suspendedUntil
                      ? formatDeskDate(reservation.suspendedUntil, locale)
                      : t('staff.queue.notPaused')}
                  </td>
                  <td>
                    {reservation.estimatedDate ? formatDeskDate(reservation.estimatedDate, locale) : '—'}
                  </td>
                  <td>
                    <div className="queue-table__actions">
                      {(['UP', 'DOWN'] as const).map((direction) => (
                        <button
                          key={direction}
                          type="button"
                          className="button button--secondary button--small"
                          disabled={!canMove(queue, index, direction)}
                          aria-label={t(
                            direction === 'UP' ? 'staff.queue.moveUpLabel' : 'staff.queue.moveDownLabel',
                            { patron },
                          )}
                          onClick={() => {
                            setNotice(null);
                            setPending({ kind: 'move', direction, reservation });
                          }}
                        >
                          <span aria-hidden="true">{direction === 'UP' ? '↑ ' : '↓ '}</span>
                          {direction === 'UP' ? t('staff.queue.moveUp') : t('staff.queue.moveDown')}
                        </button>
                      ))}
                      <button
                        type="button"
                        className="button button--secondary button--small button--danger"
                        aria-label={t('staff.queue.cancelLabel', { patron })}
                        onClick={() => {
                          setNotice(null);
                          setPending({ kind: 'cancel', reservation });
                        }}
                      >
                        {t('staff.queue.cancel')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </TableShell>
        </>
      )}
      {pending ? (
        <ReasonDialog
          key={`${pending.kind}-${pending.reservation.id}`}
          title={
            pending.kind === 'cancel'
              ? t('staff.queue.cancelTitle', { patron: patronOf(pending.reservation) })
              : t(pending.direction === 'UP' ? 'staff.queue.moveUpTitle' : 'staff.queue.moveDownTitle', {
                  patron: patronOf(pending.reservation),
                })
          }
          text={pending.kind === 'cancel' ? t('staff.queue.cancelText') : undefined}
          confirmLabel={
            pending.kind === 'cancel' ? t('staff.queue.confirmCancel') : t('staff.queue.confirmMove')
          }
          pending={move.isPending || cancel.isPending}
          error={shownError}
          onConfirm={confirm}
          onClose={close}
          fallbackFocus={() => document.getElementById('queue-heading')}
        />
      ) : null}
    </>
  );
}

function patronOf(reservation: Reservation): string {
  return reservation.patron ? patronLabel(reservation.patron) : '—';
}
