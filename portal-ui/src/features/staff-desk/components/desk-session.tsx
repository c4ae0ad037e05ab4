import type { ReactNode } from 'react';

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

/** The latest outcome for screen readers (the list shows it for everyone); empty: nothing to say. */
export function LatestOutcome({ text }: { text: string }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
