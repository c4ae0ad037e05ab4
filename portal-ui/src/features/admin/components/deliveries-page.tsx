import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Dialog } from '../../../components/dialog';
import { Facts } from '../../../components/facts';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert, RefreshFailed } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import { useSession } from '../../../lib/auth-store';
import { formatDeskDateTime } from '../../../lib/format';
import { focusWhenShown } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  type Delivery,
  type DeliveryChannel,
  type DeliveryFilter,
  type DeliveryStatus,
} from '../../../lib/notification-api';
import { withParams } from '../../../lib/url-params';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeliveries, useDelivery, useRetryDelivery } from '../api/use-notifications';
import { mainContent } from './one-time-secret';
import { eventKey } from './notification-texts';
import { RowAction } from './row-action';

export const STATUS_KEYS: Record<DeliveryStatus, MessageKey> = {
  PENDING: 'admin.deliveries.status.PENDING',
  DELIVERED: 'admin.deliveries.status.DELIVERED',
  FAILED: 'admin.deliveries.status.FAILED',
  SKIPPED: 'admin.deliveries.status.SKIPPED',
};

const CHANNEL_KEYS: Record<DeliveryChannel, MessageKey> = {
  EMAIL: 'admin.deliveries.channel.EMAIL',
  WEBHOOK: 'admin.deliveries.channel.WEBHOOK',
};

/** Failed and skipped deliveries may go out again (the service refuses the others: DELIVERY_NOT_RETRYABLE). */
function retryable(delivery: Delivery): boolean {
  return delivery.status === 'FAILED' || delivery.status === 'SKIPPED';
}

/** The filter of the address (?status=FAILED&channel=WEBHOOK&endpointId=3), unknown values left out. */
export function filterFromParams(params: URLSearchParams, emailOnly: boolean): DeliveryFilter {
  const status = params.get('status');
  const channel = params.get('channel');
  const endpointId = Number(params.get('endpointId'));
  return {
    status: (DELIVERY_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as DeliveryStatus)
      : undefined,
    channel: emailOnly
      ? undefined
      : (DELIVERY_CHANNELS as readonly string[]).includes(channel ?? '')
        ? (channel as DeliveryChannel)
        : undefined,
    endpointId: !emailOnly && Number.isInteger(endpointId) && endpointId > 0 ? endpointId : undefined,
  };
}

/**
 * /balie/beheer/bezorging — what went out (e-mails to parents, webhook calls), newest first: filter by status and
 * channel, failures stand out, the attempts of one delivery, and a failed or skipped one sent again. School staff see
 * their school's e-mails only (so no channel filter).
 */
export function DeliveriesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.deliveries.title'));
  const role = useSession()?.user.role;
  const emailOnly = role === 'SCHOOL_STAFF';
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, emailOnly);
  const deliveries = useDeliveries(filter);
  const retry = useRetryDelivery();
  const [retried, setRetried] = useState<Delivery | null>(null);
  const [showing, setShowing] = useState<Delivery | null>(null);
  const retryRef = useRef<HTMLDivElement>(null);
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilter = (key: 'status' | 'channel' | 'endpointId', value: string) =>
    setParams(withParams(params, { [key]: value }), { replace: true });

  const sendAgain = (delivery: Delivery) => {
    setRetried(null);
    retry.mutate(delivery.id, {
      onSuccess: () => setRetried(delivery),
      onSettled: () => focusWhenShown(retryRef),
    });
  };

  return (
    <div className="page admin-page">
      <h1>{t('admin.deliveries.title')}</h1>
      <p className="lead">{t(emailOnly ? 'admin.deliveries.introSchool' : 'admin.deliveries.intro')}</p>
      <div
        className="staff-form__grid delivery-filters"
        role="group"
        aria-label={t('admin.deliveries.filters')}
      >
        <Field id="delivery-status" label={t('admin.deliveries.statusFilter')}>
          {(control) => (
            <select
              {...control}
              value={filter.status ?? ''}
              onChange={(e) => setFilter('status', e.target.value)}
            >
              <option value="">{t('admin.deliveries.allStatuses')}</option>
              {DELIVERY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(STATUS_KEYS[status])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {emailOnly ? null : (
          <Field id="delivery-channel" label={t('admin.deliveries.channelFilter')}>
            {(control) => (
              <select
                {...control}
                value={filter.channel ?? ''}
                onChange={(e) => setFilter('channel', e.target.value)}
              >
                <option value="">{t('admin.deliveries.allChannels')}</option>
                {DELIVERY_CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(CHANNEL_KEYS[channel])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {filter.endpointId != null ? (
        <p>
          {t('admin.deliveries.endpointFilter', { id: filter.endpointId })}{' '}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setFilter('endpointId', '')}
          >
            {t('admin.deliveries.allEndpoints')}
          </button>
        </p>
      ) : null}
      <div ref={retryRef} tabIndex={-1} role="status" data-testid="delivery-retry-result">
        {retry.isError ? <ProblemAlert error={retry.error} /> : null}
        {retried ? (
          <p className="staff-panel__saved">{t('admin.deliveries.retried', { id: retried.id })}</p>
        ) : null}
      </div>
      {deliveries.isPending ? (
        <Loading />
      ) : deliveries.isError && !deliveries.data ? (
        <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty-state">{t('admin.deliveries.empty')}</p>
      ) : (
        <>
          {deliveries.isError ? <RefreshFailed /> : null}
          <DeliveryTable
            deliveries={items}
            onShow={setShowing}
            onRetry={sendAgain}
            retrying={retry.isPending ? retry.variables : null}
          />
          {deliveries.hasNextPage ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                disabled={deliveries.isFetchingNextPage}
                onClick={() => void deliveries.fetchNextPage()}
              >
                {t('admin.deliveries.more')}
              </button>
            </p>
          ) : null}
        </>
      )}
      {showing ? <AttemptsDialog delivery={showing} onClose={() => setShowing(null)} /> : null}
    </div>
  );
}

function DeliveryTable({
  deliveries,
  onShow,
  onRetry,
  retrying,
}: {
  deliveries: Delivery[];
  onShow: (delivery: Delivery) => void;
  onRetry: (delivery: Delivery) => void;
  retrying: number | null;
}) {
  const { t, locale } = useI18n();
  return (
    <TableShell
      id="deliveries"
      caption={t('admin.deliveries.caption')}
      headers={[
        t('admin.deliveries.createdAt'),
        t('admin.deliveries.channel'),
        t('admin.deliveries.event'),
        t('admin.deliveries.to'),
        t('admin.field.status'),
        t('admin.deliveries.attempts'),
        t('admin.deliveries.lastError'),
        t('admin.field.actions'),
      ]}
      testId="deliveries"
    >
      {deliveries.map((delivery) => {
        const failed = delivery.status === 'FAILED';
        const notification = eventKey(delivery.notification);
        const name = t('admin.deliveries.rowName', { id: delivery.id });
        return (
          <tr key={delivery.id} className={failed ? 'delivery-row--failed' : undefined}>
            <td>{formatDeskDateTime(delivery.createdAt, locale)}</td>
            <td>{t(CHANNEL_KEYS[delivery.channel])}</td>
            <td>
              {notification ? t(notification) : delivery.eventType}
              <span className="staff-panel__meta">
                {delivery.aggregateType} {delivery.aggregateId}
              </span>
            </td>
            <td>{delivery.endpointUrl ?? t('admin.deliveries.parents')}</td>
            <td>
              {failed ? (
                <span className="pill pill--danger">{t(STATUS_KEYS[delivery.status])}</span>
              ) : (
                t(STATUS_KEYS[delivery.status])
              )}
              {delivery.status === 'PENDING' && delivery.nextAttemptAt ? (
                <span className="staff-panel__meta">
                  {t('admin.deliveries.nextAttempt', {
                    date: formatDeskDateTime(delivery.nextAttemptAt, locale),
                  })}
                </span>
              ) : null}
              {delivery.deliveredAt ? (
                <span className="staff-panel__meta">{formatDeskDateTime(delivery.deliveredAt, locale)}</span>
              ) : null}
            </td>
            <td>{delivery.attempts}</td>
            <td>{delivery.lastError ?? '—'}</td>
            <td className="admin-actions">
              <RowAction
                label={t('admin.deliveries.showAttempts')}
                name={name}
                onClick={() => onShow(delivery)}
              />
              {retryable(delivery) ? (
                <button
                  type="button"
                  className="button button--small"
                  disabled={retrying === delivery.id}
                  onClick={() => onRetry(delivery)}
                >
                  {t('admin.deliveries.retry')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              ) : null}
            </td>
          </tr>
        );
      })}
    </TableShell>
  );
}

/** One delivery with every attempt: when, how long, the answer (status code) or the error. */
function AttemptsDialog({ delivery, onClose }: { delivery: Delivery; onClose: () => void }) {
  const { t, locale } = useI18n();
  const detail = useDelivery(delivery.id);
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t('admin.deliveries.attemptsTitle', { id: delivery.id })}
      onClose={onClose}
      variant="staff"
      initialFocus={closeRef}
      fallbackFocus={mainContent}
    >
      <Facts
        facts={[
          { label: t('admin.deliveries.event'), value: delivery.eventType },
          { label: t('admin.deliveries.to'), value: delivery.endpointUrl ?? t('admin.deliveries.parents') },
          { label: t('admin.field.status'), value: t(STATUS_KEYS[delivery.status]) },
        ]}
      />
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />
      ) : detail.data.attemptLog.length === 0 ? (
        <p className="empty-state">{t('admin.deliveries.noAttempts')}</p>
      ) : (
        <TableShell
          id="delivery-attempts"
          caption={t('admin.deliveries.attemptsCaption')}
          headers={[
            t('admin.deliveries.attempt'),
            t('admin.deliveries.attemptedAt'),
            t('admin.deliveries.duration'),
            t('admin.deliveries.result'),
            t('admin.deliveries.error'),
          ]}
          testId="delivery-attempts"
        >
          {detail.data.attemptLog.map((attempt) => (
            <tr key={attempt.attempt} className={attempt.succeeded ? undefined : 'delivery-row--failed'}>
              <td>{attempt.attempt}</td>
              <td>{formatDeskDateTime(attempt.attemptedAt, locale)}</td>
              <td>{t('admin.deliveries.ms', { ms: attempt.durationMs })}</td>
              <td>
                {attempt.succeeded ? t('admin.deliveries.succeeded') : t('admin.deliveries.notSucceeded')}
                {attempt.statusCode != null ? ` (HTTP ${attempt.statusCode})` : ''}
              </td>
              <td>{attempt.error ?? '—'}</td>
            </tr>
          ))}
        </TableShell>
      )}
      <div className="dialog-actions">
        <button ref={closeRef} type="button" className="button button--secondary" onClick={onClose}>
          {t('admin.deliveries.close')}
        </button>
      </div>
    </Dialog>
  );
}
