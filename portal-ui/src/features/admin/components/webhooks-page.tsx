import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Facts } from '../../../components/facts';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { formatDeskDateTime } from '../../../lib/format';
import { focusWhenShown, messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import type {
  WebhookEndpoint,
  WebhookEndpointSecret,
  WebhookPingResult,
} from '../../../lib/notification-api';
import { adminPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIntegrationClients } from '../api/use-admin';
import {
  useCreateWebhookEndpoint,
  usePingWebhookEndpoint,
  useResumeWebhookEndpoint,
  useRotateWebhookSecret,
  useUpdateWebhookEndpoint,
  useWebhookEndpoints,
  useWebhookEventTypes,
} from '../api/use-notifications';
import { ActiveDialog, ConfirmDialog } from './confirm-dialog';
import { OneTimeSecretDialog } from './one-time-secret';
import { RowAction } from './row-action';

type Open =
  | { kind: 'add' }
  | { kind: 'rotate'; endpoint: WebhookEndpoint }
  | { kind: 'active'; endpoint: WebhookEndpoint }
  | { kind: 'secret'; secret: WebhookEndpointSecret };

interface Ping {
  endpoint: WebhookEndpoint;
  result: WebhookPingResult;
}

/**
 * /balie/beheer/webhooks — the addresses to which an integration client's system gets the reservation and loan
 * events it may read, signed with a secret shown once. After failures in a row an endpoint is paused (with the
 * reason); resume sends what waited. A test message (ping) shows at once whether the address answers. Library staff
 * see the endpoints of their organisation's clients, without changing them (the service allows them no more).
 */
export function WebhooksPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('admin.webhooks.title'));
  const canManage = useSession()?.user.role === 'ADMIN';
  const clients = useIntegrationClients({ enabled: canManage });
  const [clientId, setClientId] = useState<number | null>(null);
  const endpoints = useWebhookEndpoints(clientId);
  const resume = useResumeWebhookEndpoint();
  const ping = usePingWebhookEndpoint();
  const [pinged, setPinged] = useState<Ping | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const pingRef = useRef<HTMLDivElement>(null);
  const close = () => setOpen(null);

  const sendPing = (endpoint: WebhookEndpoint) => {
    setPinged(null);
    ping.mutate(endpoint.id, {
      onSuccess: (result) => {
        setPinged({ endpoint, result });
        focusWhenShown(pingRef);
      },
      onError: () => focusWhenShown(pingRef),
    });
  };

  return (
    <div className="page admin-page">
      <h1>{t('admin.webhooks.title')}</h1>
      <p className="lead">{t('admin.webhooks.intro')}</p>
      {canManage ? (
        <>
          <div className="staff-form__grid">
            <Field id="webhook-client-filter" label={t('admin.webhooks.client')}>
              {(control) => (
                <select
                  {...control}
                  value={clientId ?? ''}
                  onChange={(event) => setClientId(event.target.value ? Number(event.target.value) : null)}
                >
                  <option value="">{t('admin.webhooks.allClients')}</option>
                  {(clients.data ?? []).map((client) => (
                    <option key={client.id} value={client.id}>
                      {client.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <p>
            <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
              {t('admin.webhooks.add')}
            </button>
          </p>
        </>
      ) : (
        <p>{t('admin.webhooks.readOnly')}</p>
      )}
      <div ref={pingRef} tabIndex={-1} role="status" data-testid="webhook-ping-result">
        {ping.isPending ? <Loading label={t('admin.webhooks.pinging')} /> : null}
        {ping.isError ? <ProblemAlert error={ping.error} /> : null}
        {pinged ? <PingResult ping={pinged} /> : null}
      </div>
      {resume.isError ? <ProblemAlert error={resume.error} /> : null}
      {endpoints.isPending ? (
        <Loading />
      ) : endpoints.isError && !endpoints.data ? (
        <ProblemAlert error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : endpoints.data.length === 0 ? (
        <p className="empty-state">{t('admin.webhooks.empty')}</p>
      ) : (
        <TableShell
          id="webhook-endpoints"
          caption={t('admin.webhooks.caption')}
          headers={[
            t('admin.webhooks.url'),
            t('admin.webhooks.client'),
            t('admin.webhooks.eventTypes'),
            t('admin.field.status'),
            t('admin.webhooks.queue'),
            canManage && t('admin.field.actions'),
          ]}
          testId="webhook-endpoints"
        >
          {endpoints.data.map((endpoint) => (
            <tr key={endpoint.id} className={endpoint.pausedAt ? 'row--attention' : undefined}>
              <td>
                <span className="webhook-url">{endpoint.url}</span>
                {endpoint.description ? (
                  <span className="staff-panel__meta">{endpoint.description}</span>
                ) : null}
              </td>
              <td>{endpoint.clientName}</td>
              <td>{endpoint.eventTypes.join(', ')}</td>
              <td>
                {!endpoint.active ? (
                  t('admin.status.inactive')
                ) : endpoint.pausedAt ? (
                  <>
                    <span className="pill pill--danger">{t('admin.webhooks.paused')}</span>{' '}
                    <span className="staff-panel__meta">
                      {t('admin.webhooks.pausedSince', {
                        date: formatDeskDateTime(endpoint.pausedAt, locale),
                        reason: endpoint.pauseReason ?? t('admin.webhooks.noReason'),
                      })}
                    </span>
                  </>
                ) : (
                  t('admin.status.active')
                )}
                {/* Paused: the reason says it already. */}
                {endpoint.consecutiveFailures > 0 && !endpoint.pausedAt ? (
                  <span className="staff-panel__meta">
                    {t('admin.webhooks.failuresInARow', { count: endpoint.consecutiveFailures })}
                  </span>
                ) : null}
              </td>
              <td>
                {t('admin.webhooks.pending', { count: endpoint.pendingDeliveries })}
                {endpoint.failedDeliveries > 0 ? (
                  <>
                    <br />
                    <Link to={`${adminPaths.deliveries}?endpointId=${endpoint.id}&status=FAILED`}>
                      {t('admin.webhooks.failed', { count: endpoint.failedDeliveries })}
                      <span className="visually-hidden"> {endpoint.url}</span>
                    </Link>
                  </>
                ) : null}
              </td>
              {canManage ? (
                <td className="admin-actions">
                  {endpoint.active ? (
                    <>
                      <RowAction
                        label={t('admin.webhooks.ping')}
                        name={endpoint.url}
                        onClick={() => sendPing(endpoint)}
                      />
                      {endpoint.pausedAt ? (
                        <RowAction
                          label={t('admin.webhooks.resume')}
                          name={endpoint.url}
                          onClick={() => resume.mutate(endpoint.id)}
                        />
                      ) : null}
                      <RowAction
                        label={t('admin.webhooks.rotate')}
                        name={endpoint.url}
                        onClick={() => setOpen({ kind: 'rotate', endpoint })}
                      />
                    </>
                  ) : null}
                  <RowAction
                    label={endpoint.active ? t('admin.deactivate') : t('admin.reactivate')}
                    name={endpoint.url}
                    onClick={() => setOpen({ kind: 'active', endpoint })}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </TableShell>
      )}
      {open?.kind === 'add' ? (
        <EndpointDialog
          clientId={clientId}
          onClose={close}
          onCreated={(secret) => setOpen({ kind: 'secret', secret })}
        />
      ) : null}
      {open?.kind === 'rotate' ? (
        <RotateDialog
          endpoint={open.endpoint}
          onClose={close}
          onRotated={(secret) => setOpen({ kind: 'secret', secret })}
        />
      ) : null}
      {open?.kind === 'active' ? <EndpointActiveDialog endpoint={open.endpoint} onClose={close} /> : null}
      {open?.kind === 'secret' ? (
        <OneTimeSecretDialog
          title={t('admin.webhooks.secretTitle', { url: open.secret.endpoint.url })}
          label={t('admin.webhooks.secret')}
          secret={open.secret.secret}
          onClose={close}
          testId="webhook-secret"
        >
          <Facts
            facts={[
              { label: t('admin.webhooks.client'), value: open.secret.endpoint.clientName },
              { label: t('admin.webhooks.url'), value: open.secret.endpoint.url },
            ]}
          />
          <p className="hint">{t('admin.webhooks.secretHint')}</p>
        </OneTimeSecretDialog>
      ) : null}
    </div>
  );
}

function PingResult({ ping }: { ping: Ping }) {
  const { t } = useI18n();
  const { result, endpoint } = ping;
  const status = result.statusCode != null ? `HTTP ${result.statusCode}` : t('admin.webhooks.noAnswer');
  return result.delivered ? (
    <p className="alert alert--success">
      {t('admin.webhooks.pingDelivered', { url: endpoint.url, status, ms: result.durationMs })}
    </p>
  ) : (
    <p className="alert alert--error">
      {t('admin.webhooks.pingFailed', {
        url: endpoint.url,
        status,
        ms: result.durationMs,
        error: result.error ?? '—',
      })}
    </p>
  );
}

const endpointSchema = z.object({
  clientId: z.string().min(1, messageKey('admin.webhooks.clientRequired')),
  url: z
    .string()
    .trim()
    .min(1, messageKey('admin.field.required'))
    .max(2000, messageKey('admin.field.tooLong'))
    .regex(/^https?:\/\/\S+$/i, messageKey('admin.webhooks.urlInvalid')),
  description: z.string().trim().max(200, messageKey('admin.field.tooLong')),
  eventTypes: z.array(z.string()).min(1, messageKey('admin.webhooks.eventTypesRequired')),
});

/** The service refused the URL (not https, or not reachable from the internet): said at the URL field. */
function refusesUrl(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'WEBHOOK_URL_INVALID';
}

function EndpointDialog({
  clientId,
  onClose,
  onCreated,
}: {
  clientId: number | null;
  onClose: () => void;
  onCreated: (secret: WebhookEndpointSecret) => void;
}) {
  const { t } = useI18n();
  const clients = useIntegrationClients();
  const eventTypes = useWebhookEventTypes();
  const create = useCreateWebhookEndpoint();
  const form = useSchemaForm(endpointSchema, {
    defaultValues: {
      clientId: clientId != null ? String(clientId) : '',
      url: '',
      description: '',
      eventTypes: [],
    },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const submit = form.handleSubmit((values) =>
    create.mutate(
      {
        clientId: Number(values.clientId),
        url: values.url,
        description: values.description || undefined,
        eventTypes: values.eventTypes,
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (refusesUrl(error)) {
            form.setError(
              'url',
              { type: 'server', message: 'problem.WEBHOOK_URL_INVALID' },
              { shouldFocus: true },
            );
          }
        },
      },
    ),
  );
  const refusedUrl = refusesUrl(create.error);
  return (
    <Dialog title={t('admin.webhooks.add')} onClose={onClose} busy={create.isPending} variant="staff">
      <form className="form staff-form admin-form" onSubmit={submit} noValidate>
        <Field
          id="webhook-client"
          label={t('admin.webhooks.client')}
          error={errorText(errors.clientId)}
          required
        >
          {(control) => (
            <select {...control} {...form.register('clientId')}>
              <option value="">{t('admin.webhooks.chooseClient')}</option>
              {(clients.data ?? [])
                .filter((client) => client.active)
                .map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field
          id="webhook-url"
          label={t('admin.webhooks.url')}
          hint={t('admin.webhooks.urlHint')}
          error={errorText(errors.url)}
          required
        >
          {(control) => (
            <input
              {...control}
              {...form.register('url')}
              type="url"
              inputMode="url"
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
        </Field>
        <Field
          id="webhook-description"
          label={t('admin.webhooks.description')}
          error={errorText(errors.description)}
        >
          {(control) => <input {...control} {...form.register('description')} type="text" maxLength={200} />}
        </Field>
        <fieldset
          className="admin-fieldset"
          aria-describedby={errors.eventTypes ? 'webhook-event-types-error' : undefined}
        >
          <legend>{t('admin.webhooks.eventTypes')}</legend>
          {eventTypes.isPending ? (
            <Loading />
          ) : eventTypes.isError ? (
            <ProblemAlert error={eventTypes.error} onRetry={() => void eventTypes.refetch()} />
          ) : (
            eventTypes.data.map((type) => (
              <Field key={type} id={`webhook-event-${type}`} label={type} kind="checkbox">
                {(control) => (
                  <input {...control} {...form.register('eventTypes')} type="checkbox" value={type} />
                )}
              </Field>
            ))
          )}
          {errors.eventTypes ? (
            <p id="webhook-event-types-error" className="field__error">
              {errorText(errors.eventTypes)}
            </p>
          ) : null}
        </fieldset>
        {create.isError && !refusedUrl ? <ProblemAlert error={create.error} /> : null}
        <SubmitActions
          submit={t('admin.webhooks.create')}
          busy={create.isPending}
          close={t('admin.cancel')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

function RotateDialog({
  endpoint,
  onClose,
  onRotated,
}: {
  endpoint: WebhookEndpoint;
  onClose: () => void;
  onRotated: (secret: WebhookEndpointSecret) => void;
}) {
  const { t } = useI18n();
  const rotate = useRotateWebhookSecret();
  return (
    <ConfirmDialog
      title={t('admin.webhooks.rotate')}
      question={t('admin.webhooks.rotateQuestion', { url: endpoint.url })}
      confirm={t('admin.webhooks.rotate')}
      onConfirm={() => rotate.mutate(endpoint.id, { onSuccess: onRotated })}
      onClose={onClose}
      busy={rotate.isPending}
      error={rotate.error}
    />
  );
}

function EndpointActiveDialog({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const update = useUpdateWebhookEndpoint();
  return (
    <ActiveDialog
      id={endpoint.id}
      name={endpoint.url}
      active={endpoint.active}
      questions={{
        deactivate: 'admin.webhooks.deactivateQuestion',
        reactivate: 'admin.webhooks.reactivateQuestion',
      }}
      update={update}
      onClose={onClose}
    />
  );
}
