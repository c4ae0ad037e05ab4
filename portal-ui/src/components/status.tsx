import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { problemKind, problemMessage } from '../lib/problem-messages';

/** A polite loading notice; screen readers hear it, sighted users see a spinner. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** Any error as a friendly sentence (never the raw error), with an optional retry. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="alert alert--error" role="alert" data-problem={problemKind(error)}>
      <p className="alert__title">{t('common.errorTitle')}</p>
      <p>{problemMessage(error, locale)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** A refresh in the background failed: the page keeps what it had loaded, with this small note. */
export function RefreshFailed() {
  const { t } = useI18n();
  return (
    <p className="hint refresh-failed" role="status">
      {t('common.refreshFailed')}
    </p>
  );
}

export function EmptyState({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      {title ? <h2>{title}</h2> : null}
      {children}
    </div>
  );
}
