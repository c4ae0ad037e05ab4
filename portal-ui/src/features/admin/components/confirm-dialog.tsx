import { useRef, type ReactNode } from 'react';
import { ConfirmActions, Dialog } from '../../../components/dialog';
import { ProblemAlert } from '../../../components/status';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { mainContent } from './one-time-secret';

/** A yes/no question before a change (deactivate, delete, reset): the safe button has focus; a refusal shows inside. */
export function ConfirmDialog({
  title,
  question,
  confirm,
  onConfirm,
  onClose,
  busy,
  error,
  destructive = false,
}: {
  title: ReactNode;
  question: ReactNode;
  confirm: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
  busy: boolean;
  error: unknown;
  destructive?: boolean;
}) {
  const { t } = useI18n();
  const safeRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={title}
      description={<p>{question}</p>}
      onClose={onClose}
      initialFocus={safeRef}
      fallbackFocus={mainContent}
      busy={busy}
      variant="staff"
    >
      {error ? <ProblemAlert error={error} /> : null}
      <ConfirmActions
        confirm={confirm}
        onConfirm={onConfirm}
        safe={t('admin.cancel')}
        onSafe={onClose}
        safeRef={safeRef}
        busy={busy}
        destructive={destructive}
      />
    </Dialog>
  );
}

/** The mutation a {@link ActiveDialog} calls: a PATCH that sets `active` of the thing with that id. */
type ActiveUpdate = {
  mutate: (change: { id: number; active: boolean }, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
};

/**
 * Deactivate (or reactivate) what an administrator keeps — an organisation, a school, a location: nothing with a
 * history is deleted. `questions` are the message keys asking it, with `{name}`.
 */
export function ActiveDialog({
  id,
  name,
  active,
  questions,
  update,
  onClose,
}: {
  id: number;
  name: string;
  active: boolean;
  questions: { deactivate: MessageKey; reactivate: MessageKey };
  update: ActiveUpdate;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const verb = active ? t('admin.deactivate') : t('admin.reactivate');
  return (
    <ConfirmDialog
      title={verb}
      question={t(active ? questions.deactivate : questions.reactivate, { name })}
      confirm={verb}
      onConfirm={() => update.mutate({ id, active: !active }, { onSuccess: onClose })}
      onClose={onClose}
      busy={update.isPending}
      error={update.error}
      destructive={active}
    />
  );
}
