import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Cover } from '../../../components/cover';
import { Loading, ProblemAlert } from '../../../components/status';
import type { Reservation } from '../../../lib/api';
import { formatAuthors } from '../../../lib/authors';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';
import { formatDay } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { isSuspended, placeIn, reservationStatusText } from '../../../lib/reservation-text';
import { useMyReservations } from '../api/use-my-reservations';
import { useResumeReservation } from '../api/use-reservation-actions';
import { CancelDialog, NotNeededDialog, PauseDialog, type Notice } from './reservation-dialogs';

type Action = { kind: 'cancel' | 'pause' | 'notNeeded'; reservation: Reservation };

/** Ready books first (the one that must be picked up soonest on top), then the others as they came. */
function readyFirst(reservations: Reservation[]): Reservation[] {
  const ready = reservations
    .filter((r) => r.status === 'READY')
    .sort((a, b) => (a.pickupBy ?? '9999').localeCompare(b.pickupBy ?? '9999'));
  return [...ready, ...reservations.filter((r) => r.status !== 'READY')];
}

/**
 * Mijn gegevens → "Mijn reserveringen": first what lies ready to pick up (with its last day), then school library
 * and library apart, each reservation with its status in words, pickup place and dates; cancel (with
 * confirmation), pause/resume and not needed after, each explained in a short hint.
 */
export function MyReservations() {
  const { t } = useI18n();
  const query = useMyReservations();
  const resume = useResumeReservation();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  const target = hash.startsWith('#reservering-') ? hash.slice(1) : null;
  const loaded = query.data != null;

  // Coming from a message or the reserve dialog (#reservering-12): bring that reservation into view.
  useEffect(() => {
    if (!loaded || !target) return;
    const card = document.getElementById(target);
    card?.scrollIntoView?.({ block: 'center' });
    card?.focus({ preventScroll: true });
  }, [loaded, target]);

  const done = (message: Notice) => {
    setAction(null);
    setNotice(message);
  };
  const fallbackFocus = () => headingRef.current;
  const resumeReservation = (reservation: Reservation) =>
    resume.mutate(reservation, {
      onSuccess: () => setNotice({ key: 'resume.done', params: { title: reservation.title.title } }),
    });
  const resuming = resume.isPending ? resume.variables?.id : undefined;

  return (
    <section className="account-section" aria-labelledby="my-reservations-heading">
      <h2 id="my-reservations-heading" ref={headingRef} tabIndex={-1}>
        {t('myReservations.heading')}
      </h2>
      <div className="notice" role="status">
        {notice ? <p className="notice__text">{t(notice.key, notice.params)}</p> : null}
      </div>
      {resume.isError ? <ProblemAlert error={resume.error} /> : null}
      {query.isPending ? (
        <Loading />
      ) : query.isError && !query.data ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ReadyToPickUp reservations={readyFirst([...query.data.school, ...query.data.library])} />
          {[...query.data.school, ...query.data.library].some((r) => r.status === 'WAITING') ? (
            <dl className="reservation-hints">
              <div>
                <dt>{t('myReservations.pause')}</dt>
                <dd id="hint-pause">{t('myReservations.pauseHint')}</dd>
              </div>
              <div>
                <dt>{t('myReservations.notNeeded')}</dt>
                <dd id="hint-not-needed">{t('myReservations.notNeededHint')}</dd>
              </div>
            </dl>
          ) : null}
          <ReservationGroup
            id="reservations-school"
            heading={t('myReservations.school')}
            empty={t('myReservations.emptySchool')}
            reservations={readyFirst(query.data.school)}
            target={target}
            onAction={setAction}
            onResume={resumeReservation}
            resuming={resuming}
          />
          <ReservationGroup
            id="reservations-library"
            heading={t('myReservations.library')}
            empty={t('myReservations.emptyLibrary')}
            reservations={readyFirst(query.data.library)}
            target={target}
            onAction={setAction}
            onResume={resumeReservation}
            resuming={resuming}
          />
          {query.data.school.length + query.data.library.length === 0 ? (
            <p>
              <Link to="/zoeken">{t('myReservations.findBooks')}</Link>
            </p>
          ) : null}
        </>
      )}
      {action?.kind === 'cancel' ? (
        <CancelDialog
          reservation={action.reservation}
          onClose={() => setAction(null)}
          onDone={done}
          fallbackFocus={fallbackFocus}
        />
      ) : action?.kind === 'pause' ? (
        <PauseDialog
          reservation={action.reservation}
          onClose={() => setAction(null)}
          onDone={done}
          fallbackFocus={fallbackFocus}
        />
      ) : action?.kind === 'notNeeded' ? (
        <NotNeededDialog
          reservation={action.reservation}
          onClose={() => setAction(null)}
          onDone={done}
          fallbackFocus={fallbackFocus}
        />
      ) : null}
    </section>
  );
}

/** What lies ready to pick up, on top and in view: the book, where, and the last day. */
function ReadyToPickUp({ reservations }: { reservations: Reservation[] }) {
  const { t, locale } = useI18n();
  const ready = reservations.filter((r) => r.status === 'READY');
  if (ready.length === 0) return null;
  return (
    <section className="ready-pickup" aria-labelledby="ready-pickup-heading" data-testid="ready-pickup">
      <h3 id="ready-pickup-heading">{t('myReservations.readyHeading')}</h3>
      <ul>
        {ready.map((reservation) => (
          <li key={reservation.id}>
            <Link to={`#reservering-${reservation.id}`} className="ready-pickup__title">
              {reservation.title.title}
            </Link>{' '}
            <span>
              {reservation.pickupBy
                ? t('myReservations.readyBy', {
                    place: placeIn(reservation.pickupLocation, locale),
                    date: formatDay(reservation.pickupBy, locale),
                  })
                : t('myReservations.readyAt', { place: placeIn(reservation.pickupLocation, locale) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface GroupProps {
  id: string;
  heading: string;
  empty: string;
  reservations: Reservation[];
  target: string | null;
  onAction: (action: Action) => void;
  onResume: (reservation: Reservation) => void;
  resuming: number | undefined;
}

function ReservationGroup({
  id,
  heading,
  empty,
  reservations,
  target,
  onAction,
  onResume,
  resuming,
}: GroupProps) {
  return (
    <section className="reservation-group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {reservations.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="reservation-list">
          {reservations.map((reservation) => (
            <ReservationCard
              key={reservation.id}
              reservation={reservation}
              highlighted={target === `reservering-${reservation.id}`}
              onAction={onAction}
              onResume={onResume}
              resuming={resuming === reservation.id}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface CardProps {
  reservation: Reservation;
  highlighted: boolean;
  onAction: (action: Action) => void;
  onResume: (reservation: Reservation) => void;
  resuming: boolean;
}

function ReservationCard({ reservation, highlighted, onAction, onResume, resuming }: CardProps) {
  const { t, locale } = useI18n();
  const { title } = reservation;
  const waiting = reservation.status === 'WAITING';
  const paused = waiting && isSuspended(reservation);
  const classes = [
    'reservation-card',
    `reservation-card--${reservation.status.toLowerCase().replaceAll('_', '-')}`,
    highlighted ? 'is-highlighted' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const label = { title: title.title };
  return (
    <li id={`reservering-${reservation.id}`} tabIndex={-1} className={classes}>
      <div className="reservation-card__cover">
        <Cover title={title} decorative />
      </div>
      <div className="reservation-card__body">
        <h4 className="reservation-card__title">
          <Link to={`/titels/${title.id}`} lang={CATALOGUE_LANG}>
            {title.title}
          </Link>
        </h4>
        {title.authors ? (
          <p className="reservation-card__authors" lang={CATALOGUE_LANG}>
            {formatAuthors(title.authors, locale)}
          </p>
        ) : null}
        <p className="reservation-card__status">{reservationStatusText(reservation, locale)}</p>
        <ul className="reservation-card__facts">
          {waiting ? (
            <li>{t('reservation.pickup', { place: placeIn(reservation.pickupLocation, locale) })}</li>
          ) : null}
          {paused && reservation.suspendedUntil ? (
            <li className="reservation-card__paused">
              {t('reservation.suspended', { date: formatDay(reservation.suspendedUntil, locale) })}
            </li>
          ) : null}
          {reservation.notNeededAfter ? (
            <li>
              {t('reservation.notNeededAfter', { date: formatDay(reservation.notNeededAfter, locale) })}
            </li>
          ) : null}
          <li>{t('reservation.placedAt', { date: formatDay(reservation.placedAt, locale) })}</li>
        </ul>
        <div className="reservation-card__actions">
          {waiting && paused ? (
            <button
              type="button"
              className="button button--secondary button--compact"
              aria-label={t('myReservations.resumeLabel', label)}
              disabled={resuming}
              onClick={() => onResume(reservation)}
            >
              {resuming ? t('form.busy') : t('myReservations.resume')}
            </button>
          ) : null}
          {waiting && !paused ? (
            <button
              type="button"
              className="button button--secondary button--compact"
              aria-label={t('myReservations.pauseLabel', label)}
              aria-describedby="hint-pause"
              onClick={() => onAction({ kind: 'pause', reservation })}
            >
              {t('myReservations.pause')}
            </button>
          ) : null}
          {waiting ? (
            <button
              type="button"
              className="button button--secondary button--compact"
              aria-label={t('myReservations.notNeededLabel', label)}
              aria-describedby="hint-not-needed"
              onClick={() => onAction({ kind: 'notNeeded', reservation })}
            >
              {t('myReservations.notNeeded')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary button--compact button--destructive-outline"
            aria-label={t('myReservations.cancelLabel', label)}
            onClick={() => onAction({ kind: 'cancel', reservation })}
          >
            {t('myReservations.cancel')}
          </button>
        </div>
      </div>
    </li>
  );
}
