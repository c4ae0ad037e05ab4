import { useRef, type ReactNode } from 'react';
import { ConfirmActions, Dialog } from '../../../components/dialog';
import { ProblemAlert } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
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
