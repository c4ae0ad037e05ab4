import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { ProblemAlert } from '../../../components/status';
import { messageKey, reasonSchema, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';

export const MAX_REASON = 300;

const reasonFormSchema = z.object({
  reason: reasonSchema(MAX_REASON, 'staff.queue.reasonTooLong').min(
    1,
    messageKey('staff.queue.reasonRequired'),
  ),
});

/**
 * Asks for the reason of a queue change (move up/down, cancel) and confirms it. The reason is required
 * and kept by the service; the dialog stays open with the error when the service refuses.
 */
export function ReasonDialog({
  title,
  text,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
  fallbackFocus,
}: {
  title: string;
  text?: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
}) {
  const { t } = useI18n();
  const form = useSchemaForm(reasonFormSchema, { defaultValues: { reason: '' } });
  const errorText = useFieldError();

  const submit = form.handleSubmit(({ reason }) => onConfirm(reason));

  return (
    <Dialog
      variant="staff"
      title={title}
      description={text ? <p>{text}</p> : undefined}
      onClose={onClose}
      busy={pending}
      fallbackFocus={fallbackFocus}
    >
      <form onSubmit={submit} noValidate>
        {error ? <ProblemAlert error={error} /> : null}
        <Field
          id="reason-dialog-reason"
          label={t('staff.queue.reason')}
          hint={t('staff.queue.reasonHint')}
          error={errorText(form.formState.errors.reason)}
          required
        >
          {(control) => (
            <textarea {...control} {...form.register('reason')} rows={3} maxLength={MAX_REASON + 50} />
          )}
        </Field>
        <SubmitActions
          submit={confirmLabel}
          busy={pending}
          close={t('staff.queue.close')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}
