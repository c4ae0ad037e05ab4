import { useRef } from 'react';
import { z } from 'zod';
import { ConfirmActions, Dialog } from '../../../components/dialog';
import { Field } from '../../../components/field';
import type { Reservation } from '../../../lib/api';
import { formatDay, isoDayFromNow, validateFutureDay } from '../../../lib/format';
import { useFieldError, useSchemaForm } from '../../../lib/forms';
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
  const title = reservation.title.title;
  return (
    <Dialog
      title={t('cancel.title')}
      description={
        <>
          <p className="dialog-question">{t('cancel.question', { title })}</p>
          {reservation.status === 'READY' ? <p className="hint">{t('cancel.readyHint')}</p> : null}
        </>
      }
      onClose={onClose}
      busy={cancel.isPending}
      initialFocus={keepRef}
      fallbackFocus={fallbackFocus}
    >
      {cancel.isError ? <ActionError error={cancel.error} /> : null}
      <ConfirmActions
        confirm={cancel.isPending ? t('cancel.busy') : t('cancel.confirm')}
        onConfirm={() =>
          cancel.mutate(reservation, { onSuccess: () => onDone({ key: 'cancel.done', params: { title } }) })
        }
        safe={t('cancel.keep')}
        onSafe={onClose}
        safeRef={keepRef}
        busy={cancel.isPending}
        destructive
      />
    </Dialog>
  );
}

/** One day from tomorrow on, at most a year ahead. */
const daySchema = z.object({
  day: z.string().superRefine((value, context) => {
    const problem = validateFutureDay(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});

interface DayDialogProps {
  /** Message keys of the title, introduction, date label and confirm button. */
  titleKey: MessageKey;
  introKey: MessageKey;
  labelKey: MessageKey;
  confirmKey: MessageKey;
  initial: string;
  busy: boolean;
  error: unknown;
  onSave: (day: string) => void;
  /** A second action that takes the day away (shown only when given). */
  remove?: { labelKey: MessageKey; onRemove: () => void };
  onClose: () => void;
  fallbackFocus?: DialogProps['fallbackFocus'];
}

/** A dialog that asks for one day from today on, checked before sending. */
function DayDialog(props: DayDialogProps) {
  const { t } = useI18n();
  const form = useSchemaForm(daySchema, { defaultValues: { day: props.initial } });
  const errorText = useFieldError();

  const submit = form.handleSubmit(({ day }) => props.onSave(day));

  return (
    <Dialog
      title={t(props.titleKey)}
      description={<p>{t(props.introKey)}</p>}
      onClose={props.onClose}
      busy={props.busy}
      fallbackFocus={props.fallbackFocus}
    >
      <form onSubmit={submit} noValidate>
        <Field label={t(props.labelKey)} error={errorText(form.formState.errors.day)} required>
          {(control) => (
            <input
              {...control}
              {...form.register('day')}
              type="date"
              min={isoDayFromNow(1)}
              max={isoDayFromNow(366)}
            />
          )}
        </Field>
        {props.error ? <ActionError error={props.error} /> : null}
        <div className="dialog-actions">
          <button type="submit" className="button" disabled={props.busy}>
            {props.busy ? t('form.busy') : t(props.confirmKey)}
          </button>
          {props.remove ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={props.busy}
              onClick={props.remove.onRemove}
            >
              {t(props.remove.labelKey)}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={props.busy}
            onClick={props.onClose}
          >
            {t('form.back')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Pause a waiting reservation until a day: it keeps its place but is skipped. */
export function PauseDialog({ reservation, onClose, onDone, fallbackFocus }: DialogProps) {
  const { locale } = useI18n();
  const suspend = useSuspendReservation();
  return (
    <DayDialog
      titleKey="pause.title"
      introKey="pause.intro"
      labelKey="pause.until"
      confirmKey="pause.confirm"
      initial={reservation.suspendedUntil ?? isoDayFromNow(7)}
      busy={suspend.isPending}
      error={suspend.isError ? suspend.error : null}
      onSave={(until) =>
        suspend.mutate(
          { reservation, until },
          {
            onSuccess: () =>
              onDone({
                key: 'pause.done',
                params: { title: reservation.title.title, date: formatDay(until, locale) },
              }),
          },
        )
      }
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}

/** The day after which a waiting reservation closes itself; or take that day away. */
export function NotNeededDialog({ reservation, onClose, onDone, fallbackFocus }: DialogProps) {
  const { locale } = useI18n();
  const save = useSetNotNeededAfter();
  const title = reservation.title.title;
  return (
    <DayDialog
      titleKey="notNeeded.title"
      introKey="notNeeded.intro"
      labelKey="notNeeded.date"
      confirmKey="notNeeded.save"
      initial={reservation.notNeededAfter ?? isoDayFromNow(14)}
      busy={save.isPending}
      error={save.isError ? save.error : null}
      onSave={(date) =>
        save.mutate(
          { reservation, date },
          {
            onSuccess: () =>
              onDone({ key: 'notNeeded.done', params: { title, date: formatDay(date, locale) } }),
          },
        )
      }
      remove={
        reservation.notNeededAfter
          ? {
              labelKey: 'notNeeded.remove',
              onRemove: () =>
                save.mutate(
                  { reservation, date: null },
                  { onSuccess: () => onDone({ key: 'notNeeded.removed', params: { title } }) },
                ),
            }
          : undefined
      }
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
