import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Dialog } from '../../../components/dialog';
import type { Reservation, ReservationOption, TitleDetail } from '../../../lib/api';
import { formatDay } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { placeIn, reservationStatusText } from '../../../lib/reservation-text';
import { usePlaceReservation } from '../api/use-place-reservation';
import { placeErrorText, placeMayWorkAgain } from './reservation-reasons';

export interface ReserveDialogProps {
  title: Pick<TitleDetail, 'id' | 'title'>;
  /** The allowed pickup options (captured when the dialog opened). */
  choices: ReservationOption[];
  /** The option whose "Reserveer" was pressed; null lets the student choose among `choices`. */
  initialOptionId: number | null;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * "Wil je dit boek reserveren in de schoolbibliotheek?" — then POST /api/reservations and the result
 * in words: the place in line and the estimated date, or why it did not work.
 */
export function ReserveDialog({
  title,
  choices,
  initialOptionId,
  onClose,
  fallbackFocus,
}: ReserveDialogProps) {
  const { t, locale } = useI18n();
  const place = usePlaceReservation();
  const [chosenId, setChosenId] = useState<number | null>(initialOptionId);
  const [showChoice] = useState(initialOptionId == null && choices.length > 1);
  const [choiceError, setChoiceError] = useState(false);
  const choiceId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const chosen = choices.find((c) => c.pickupLocationId === chosenId) ?? null;
  const placeText = chosen
    ? placeIn({ name: chosen.pickupLocationName, kind: chosen.pickupLocationKind }, locale)
    : null;
  const refused = place.isError && !placeMayWorkAgain(place.error);
  const failed = place.isError && !refused;
  const done = place.isSuccess || refused;

  // Move focus to the outcome, so a screen reader reads it and Enter does not reserve twice.
  useEffect(() => {
    if (done || failed) resultRef.current?.focus();
  }, [done, failed]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setChoiceError(true);
      document.getElementById(`${choiceId}-choice-0`)?.focus();
      return;
    }
    place.mutate({ titleId: title.id, pickupLocationId: chosen.pickupLocationId });
  };

  return (
    <Dialog
      title={t('reserve.dialogTitle', { title: title.title })}
      description={
        done || !placeText ? undefined : (
          <>
            <p className="dialog-question">{t('reserve.question', { place: placeText })}</p>
            <p className="hint">{t('reserve.pickupHint', { place: placeText })}</p>
          </>
        )
      }
      onClose={onClose}
      busy={place.isPending}
      fallbackFocus={fallbackFocus}
    >
      {place.isSuccess ? (
        <div ref={resultRef} tabIndex={-1} className="reserve-result reserve-result--ok">
          <ReserveResult reservation={place.data} />
          <div className="dialog-actions">
            <Link className="button" to={`/mijn-gegevens#reservering-${place.data.id}`}>
              {t('reserve.toAccount')}
            </Link>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </div>
      ) : refused ? (
        <div ref={resultRef} tabIndex={-1} className="reserve-result">
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{t('reserve.failedTitle')}</p>
            <p>{placeErrorText(place.error, locale)}</p>
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          {showChoice ? (
            <fieldset
              className="choice-list"
              aria-describedby={choiceError ? `${choiceId}-choice-error` : undefined}
            >
              <legend>{t('reserve.choosePlace')}</legend>
              {choices.map((choice, index) => (
                <div className="choice-list__item" key={choice.pickupLocationId}>
                  <input
                    type="radio"
                    id={`${choiceId}-choice-${index}`}
                    name="pickup"
                    value={choice.pickupLocationId}
                    checked={chosenId === choice.pickupLocationId}
                    onChange={() => {
                      setChosenId(choice.pickupLocationId);
                      setChoiceError(false);
                    }}
                  />
                  <label htmlFor={`${choiceId}-choice-${index}`}>{choice.pickupLocationName}</label>
                </div>
              ))}
              {choiceError ? (
                <p id={`${choiceId}-choice-error`} className="field__error">
                  {t('reserve.chooseRequired')}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          {failed ? (
            <div ref={resultRef} tabIndex={-1} className="reserve-result alert alert--error" role="alert">
              <p className="alert__title">{t('reserve.failedRetry')}</p>
            </div>
          ) : null}
          <div className="dialog-actions">
            <button type="submit" className="button" disabled={place.isPending}>
              {place.isPending ? t('reserve.placing') : failed ? t('common.retry') : t('reserve.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={onClose}
              disabled={place.isPending}
            >
              {t('reserve.dismiss')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function ReserveResult({ reservation }: { reservation: Reservation }) {
  const { t, locale } = useI18n();
  const waiting = reservation.status === 'WAITING';
  return (
    <>
      <p className="reserve-result__title">{t('reserve.successTitle')}</p>
      {waiting && reservation.position != null ? (
        <p className="reserve-result__position">
          {t('reserve.position', { position: reservation.position })}
        </p>
      ) : (
        <p className="reserve-result__position">{reservationStatusText(reservation, locale)}</p>
      )}
      {waiting && reservation.estimatedDate ? (
        <p>{t('reserve.estimated', { date: formatDay(reservation.estimatedDate, locale) })}</p>
      ) : null}
      <p className="hint">{t('reserve.messageHint')}</p>
    </>
  );
}
