import { useId, useRef, useState, type FormEvent } from 'react';
import { Modal } from '../../../components/modal';
import type { Reservation } from '../../../lib/api';
import { formatDay, isoDayFromNow, validateFutureDay, type DayProblem } from '../../../lib/format-day';
import { useI18n, type MessageKey, type MessageParams } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';
import {
  useCancelReservation,
  useSetNotNeededAfter,
  useSuspendReservation,
} from '../api/use-reservation-actions';

/** What to tell the student after an action (translated when shown, so the language switch works). */
export interface Notice {
  key: MessageKey;
  params?: MessageParams;
}

interface DialogProps {
  reservation: Reservation;
  onClose: () => void;
  onDone: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
}

function ActionError({ error }: { error: unknown }) {
  const { t, locale } = useI18n();
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{t('common.errorTitle')}</p>
      <p>{problemMessage(error, locale)}</p>
    </div>
  );
}

/** "Weet je zeker dat je je reservering van … wilt annuleren?" — focus starts on "Nee, houden". */
export function CancelDialog({ reservation, onClose, onDone, fallbackFocus }: DialogProps) {
  const { t } = useI18n();
  const cancel = useCancelReservation();
  const keepRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const title = reservation.title.title;
  return (
    <Modal
      title={t('cancel.title')}
      onClose={onClose}
      busy={cancel.isPending}
      describedBy={questionId}
      initialFocus={keepRef}
      fallbackFocus={fallbackFocus}
    >
      <div id={questionId}>
        <p className="dialog-question">{t('cancel.question', { title })}</p>
        {reservation.status === 'READY' ? <p className="hint">{t('cancel.readyHint')}</p> : null}
      </div>
      {cancel.isError ? <ActionError error={cancel.error} /> : null}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button--destructive"
          disabled={cancel.isPending}
          onClick={() =>
            cancel.mutate(reservation, { onSuccess: () => onDone({ key: 'cancel.done', params: { title } }) })
          }
        >
          {cancel.isPending ? t('cancel.busy') : t('cancel.confirm')}
        </button>
        <button
          ref={keepRef}
          type="button"
          className="button button--secondary"
          disabled={cancel.isPending}
          onClick={onClose}
        >
          {t('cancel.keep')}
        </button>
      </div>
    </Modal>
  );
}

interface DateFormProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: DayProblem | null;
  inputRef: React.RefObject<HTMLInputElement | null>;
}

function DateField({ id, label, value, onChange, problem, inputRef }: DateFormProps) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="date"
        required
        min={isoDayFromNow(1)}
        max={isoDayFromNow(366)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
      />
      {problem ? (
        <p id={`${id}-error`} className="field__error">
          {t(problem)}
        </p>
      ) : null}
    </div>
  );
}

/** Pause a waiting reservation until (and including) a day. */
export function PauseDialog({ reservation, onClose, onDone, fallbackFocus }: DialogProps) {
  const { t, locale } = useI18n();
  const suspend = useSuspendReservation();
  const [value, setValue] = useState(reservation.suspendedUntil ?? isoDayFromNow(7));
  const [problem, setProblem] = useState<DayProblem | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateFutureDay(value);
    setProblem(found);
    if (found) return inputRef.current?.focus();
    suspend.mutate(
      { reservation, until: value },
      {
        onSuccess: () =>
          onDone({
            key: 'pause.done',
            params: { title: reservation.title.title, date: formatDay(value, locale) },
          }),
      },
    );
  };

  return (
    <Modal
      title={t('pause.title')}
      onClose={onClose}
      busy={suspend.isPending}
      describedBy={`${id}-intro`}
      initialFocus={inputRef}
      fallbackFocus={fallbackFocus}
    >
      <form onSubmit={submit} noValidate>
        <p id={`${id}-intro`}>{t('pause.intro')}</p>
        <DateField
          id={`${id}-date`}
          label={t('pause.until')}
          value={value}
          onChange={(next) => {
            setValue(next);
            setProblem(null);
          }}
          problem={problem}
          inputRef={inputRef}
        />
        {suspend.isError ? <ActionError error={suspend.error} /> : null}
        <div className="dialog-actions">
          <button type="submit" className="button" disabled={suspend.isPending}>
            {suspend.isPending ? t('form.busy') : t('pause.confirm')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={suspend.isPending}
            onClick={onClose}
          >
            {t('form.back')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The day after which a waiting reservation closes itself; or take that day away. */
export function NotNeededDialog({ reservation, onClose, onDone, fallbackFocus }: DialogProps) {
  const { t, locale } = useI18n();
  const save = useSetNotNeededAfter();
  const [value, setValue] = useState(reservation.notNeededAfter ?? isoDayFromNow(14));
  const [problem, setProblem] = useState<DayProblem | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const title = reservation.title.title;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateFutureDay(value);
    setProblem(found);
    if (found) return inputRef.current?.focus();
    save.mutate(
      { reservation, date: value },
      {
        onSuccess: () => onDone({ key: 'notNeeded.done', params: { title, date: formatDay(value, locale) } }),
      },
    );
  };

  const remove = () =>
    save.mutate(
      { reservation, date: null },
      { onSuccess: () => onDone({ key: 'notNeeded.removed', params: { title } }) },
    );

  return (
    <Modal
      title={t('notNeeded.title')}
      onClose={onClose}
      busy={save.isPending}
      describedBy={`${id}-intro`}
      initialFocus={inputRef}
      fallbackFocus={fallbackFocus}
    >
      <form onSubmit={submit} noValidate>
        <p id={`${id}-intro`}>{t('notNeeded.intro')}</p>
        <DateField
          id={`${id}-date`}
          label={t('notNeeded.date')}
          value={value}
          onChange={(next) => {
            setValue(next);
            setProblem(null);
          }}
          problem={problem}
          inputRef={inputRef}
        />
        {save.isError ? <ActionError error={save.error} /> : null}
        <div className="dialog-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('form.busy') : t('notNeeded.save')}
          </button>
          {reservation.notNeededAfter ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={save.isPending}
              onClick={remove}
            >
              {t('notNeeded.remove')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={save.isPending}
            onClick={onClose}
          >
            {t('form.back')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
