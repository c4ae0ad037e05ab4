import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Pagination } from '../../../components/pagination';
import { EmptyState, Loading, ProblemAlert } from '../../../components/status';
import type { Message } from '../../../lib/api';
import { formatDay } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { pageFromParam, pageToParam } from '../../../lib/url-params';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMarkAllMessagesRead, useMarkMessageRead, useMessages } from '../api/use-messages';
import { messageBody, messageSummary } from './message-text';

/** /berichten — my messages, newest first; opening one marks it read. */
export function MessagesPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = pageFromParam(params.get('pagina'));
  const messages = useMessages(page);
  const markAll = useMarkAllMessagesRead();
  useDocumentTitle(t('inbox.title'));

  return (
    <div className="page inbox-page">
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError && !messages.data ? (
        <ProblemAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data.total === 0 ? (
        <EmptyState>
          <p>{t('inbox.empty')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="inbox-toolbar">
            <p className="inbox-toolbar__count" role="status">
              {messages.data.unread === 0
                ? t('inbox.allRead')
                : t('inbox.unreadCount', { count: messages.data.unread })}
            </p>
            {messages.data.unread > 0 ? (
              <button
                type="button"
                className="button button--secondary button--compact"
                disabled={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                {t('inbox.markAllRead')}
              </button>
            ) : null}
          </div>
          {markAll.isError ? <ProblemAlert error={markAll.error} /> : null}
          <ul className="message-list">
            {messages.data.items.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
          </ul>
          <Pagination
            page={messages.data.page}
            size={messages.data.size}
            total={messages.data.total}
            hrefFor={(p) => {
              const value = pageToParam(p);
              return value ? `/berichten?pagina=${value}` : '/berichten';
            }}
          />
        </>
      )}
    </div>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const markRead = useMarkMessageRead();
  const bodyId = useId();
  const unread = !message.read;

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && unread && !markRead.isPending) markRead.mutate(message.id);
  };

  return (
    <li
      className={`message message--${message.kind.toLowerCase().replaceAll('_', '-')}${unread ? ' message--unread' : ''}`}
    >
      <h2 className="message__heading">
        <button
          type="button"
          className="message__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={toggle}
        >
          <span className="message__marker" aria-hidden="true" />
          <span className="message__summary">
            {unread ? (
              <>
                <span className="pill pill--new">{t('inbox.new')}</span>{' '}
              </>
            ) : null}
            {messageSummary(message, locale)}
          </span>
          {/* a space, so screen readers do not run the summary and the date together */}{' '}
          <span className="message__date">{formatDay(message.createdAt, locale)}</span>
        </button>
      </h2>
      <div id={bodyId} className="message__body" hidden={!open}>
        <p>{messageBody(message, locale)}</p>
        <p className="hint">{t('inbox.received', { date: formatDay(message.createdAt, locale) })}</p>
        <p className="message__links">
          {message.kind === 'RESERVATION_READY' && message.reservationId != null ? (
            <Link
              className="button button--compact"
              to={`/mijn-gegevens#reservering-${message.reservationId}`}
            >
              {t('inbox.toReservation')}
            </Link>
          ) : null}
          {message.title ? (
            <Link className="button button--secondary button--compact" to={`/titels/${message.title.id}`}>
              {t('inbox.toTitle')}
            </Link>
          ) : null}
        </p>
      </div>
    </li>
  );
}
