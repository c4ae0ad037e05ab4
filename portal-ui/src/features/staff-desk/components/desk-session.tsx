import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { TitleRef } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { staffPaths } from '../../../lib/staff';

/**
 * The list of this desk session (check-in, check-out): its heading with `header` beside it, then the rows, newest
 * first, or `emptyText`. The heading gets `${id}-session-heading`, the list the test id `${id}-rows`.
 */
export function DeskSession({
  id,
  heading,
  header,
  emptyText,
  children,
}: {
  id: string;
  heading: string;
  header?: ReactNode;
  /** Said while there are no rows (`children` is then left out). */
  emptyText: string | null;
  children: ReactNode;
}) {
  return (
    <section className="desk-session" aria-labelledby={`${id}-session-heading`}>
      <div className="desk-session__header">
        <h2 id={`${id}-session-heading`}>{heading}</h2>
        {header}
      </div>
      {emptyText !== null ? (
        <p className="hint">{emptyText}</p>
      ) : (
        <ol className="desk-rows" data-testid={`${id}-rows`}>
          {children}
        </ol>
      )}
    </section>
  );
}

/** One row of the session: its time (none yet: "…", a scan that waits), what happened, and its buttons. */
export function SessionRow({
  kind,
  time,
  actions,
  testId,
  children,
}: {
  /** The row's modifier: `desk-row--${kind}`. */
  kind: string;
  time: string | null;
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <li className={`desk-row desk-row--${kind}`} data-testid={testId}>
      {time === null ? (
        <span className="desk-row__time" aria-hidden="true">
          …
        </span>
      ) : (
        <span className="desk-row__time">{time}</span>
      )}
      <div className="desk-row__main">{children}</div>
      {actions ? <div className="desk-row__actions">{actions}</div> : null}
    </li>
  );
}

/** The link from a row to the title's queue. */
export function QueueLink({ title }: { title: TitleRef }) {
  const { t } = useI18n();
  return (
    <Link
      className="button button--secondary button--small"
      to={staffPaths.titleQueue(title.id)}
      aria-label={t('staff.queueLinkFor', { title: title.title })}
    >
      {t('staff.queueLink')}
    </Link>
  );
}

/** The latest outcome for screen readers (the list shows it for everyone); empty: nothing to say. */
export function LatestOutcome({ text }: { text: string }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
