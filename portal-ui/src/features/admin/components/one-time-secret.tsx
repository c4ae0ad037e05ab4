import { useRef, useState, type ReactNode } from 'react';
import { Dialog } from '../../../components/dialog';
import { useI18n } from '../../../lib/i18n';

/** Where focus goes when the element that opened a dialog is gone (a form dialog that became this one, a row). */
export function mainContent(): HTMLElement | null {
  return document.getElementById('main');
}

/**
 * A secret the service shows only once (a temporary password, a client secret): in a dialog with a copy button
 * and a warning that it cannot be shown again. Closing the dialog forgets it.
 */
export function OneTimeSecretDialog({
  title,
  label,
  secret,
  children,
  onClose,
  testId,
}: {
  title: ReactNode;
  /** What the secret is ("Tijdelijk wachtwoord"). */
  label: string;
  secret: string;
  /** More facts under the secret (valid until, for whom). */
  children?: ReactNode;
  onClose: () => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <Dialog
      title={title}
      description={<p className="alert alert--warning">{t('admin.secret.warning')}</p>}
      onClose={onClose}
      variant="staff"
      initialFocus={closeRef}
      fallbackFocus={mainContent}
    >
      <div className="one-time-secret">
        <p className="one-time-secret__label">{label}</p>
        <p className="one-time-secret__value" data-testid={testId ?? 'one-time-secret'}>
          <code>{secret}</code>
        </p>
        {children}
        <p className="hint" role="status">
          {copied === 'yes' ? t('admin.secret.copied') : copied === 'no' ? t('admin.secret.copyFailed') : ''}
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('admin.secret.copy')}
        </button>
        <button ref={closeRef} type="button" className="button button--secondary" onClick={onClose}>
          {t('admin.secret.done')}
        </button>
      </div>
    </Dialog>
  );
}
