import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/dialog';
import { ProblemAlert } from '../../../components/status';
import { useI18n, type MessageKey } from '../../../lib/i18n';

export const MAX_REASON = 300;

export function validateReason(reason: string): MessageKey | null {
  const trimmed = reason.trim();
  if (!trimmed) return 'staff.queue.reasonRequired';
  if (trimmed.length > MAX_REASON) return 'staff.queue.reasonTooLong';
  return null;
}

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
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = validateReason(reason);
    setInvalid(problem);
    if (problem) return fieldRef.current?.focus();
    onConfirm(reason.trim());
  };

  return (
    <Dialog
      variant="staff"
      title={title}
      description={text ? <p>{text}</p> : undefined}
      onClose={onClose}
      busy={pending}
      initialFocus={fieldRef}
      fallbackFocus={fallbackFocus}
    >
      <form onSubmit={submit} noValidate>
        {error ? <ProblemAlert error={error} /> : null}
        <div className="field">
          <label htmlFor="reason-dialog-reason">{t('staff.queue.reason')}</label>
          <p id="reason-dialog-hint" className="hint field__hint">
            {t('staff.queue.reasonHint')}
          </p>
          <textarea
            ref={fieldRef}
            id="reason-dialog-reason"
            name="reason"
            rows={3}
            maxLength={MAX_REASON + 50}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'reason-dialog-hint reason-dialog-error' : 'reason-dialog-hint'}
          />
          {invalid ? (
            <p id="reason-dialog-error" className="field__error" role="alert">
              {t(invalid)}
            </p>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button" disabled={pending}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('staff.queue.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
