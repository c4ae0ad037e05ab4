import { useState } from 'react';
import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Facts } from '../../../components/facts';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { IntegrationClient, IntegrationClientSecret } from '../../../lib/api';
import { messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useCreateIntegrationClient,
  useDisableIntegrationClient,
  useIntegrationClients,
  useOrganisations,
  useRotateSecret,
  useSchools,
} from '../api/use-admin';
import { ConfirmDialog } from './confirm-dialog';
import { OneTimeSecretDialog } from './one-time-secret';
import { RowAction } from './row-action';

/** The scopes a client may get (the service's list). */
export const CLIENT_SCOPES = [
  'students:write',
  'reservations:read',
  'loans:read',
  'events:read',
  'catalogue:read',
  'catalogue:write',
] as const;

type Open =
  | { kind: 'add' }
  | { kind: 'rotate'; client: IntegrationClient }
  | { kind: 'disable'; client: IntegrationClient }
  | { kind: 'secret'; secret: IntegrationClientSecret };

/**
 * /balie/beheer/koppelingen — integration clients (a student administration, a catalogue supplier): each limited
 * to one school or one organisation; its secret is shown once, at creation and at each rotation.
 */
export function IntegrationClientsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.clients.title'));
  const clients = useIntegrationClients();
  const organisations = useOrganisations();
  const schools = useSchools();
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const limitText = (client: IntegrationClient) =>
    client.schoolId != null
      ? (schools.data?.find((school) => school.id === client.schoolId)?.name ?? `#${client.schoolId}`)
      : client.organisationId != null
        ? (organisations.data?.find((organisation) => organisation.id === client.organisationId)?.name ??
          `#${client.organisationId}`)
        : '—';

  return (
    <div className="page admin-page">
      <h1>{t('admin.clients.title')}</h1>
      <p className="lead">{t('admin.clients.intro')}</p>
      <p>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
          {t('admin.clients.add')}
        </button>
      </p>
      {clients.isPending ? (
        <Loading />
      ) : clients.isError ? (
        <ProblemAlert error={clients.error} onRetry={() => void clients.refetch()} />
      ) : clients.data.length === 0 ? (
        <p className="empty-state">{t('admin.clients.empty')}</p>
      ) : (
        <TableShell
          id="integration-clients"
          caption={t('admin.clients.caption')}
          headers={[
            t('admin.clients.clientId'),
            t('admin.field.name'),
            t('admin.clients.scopes'),
            t('admin.clients.limit'),
            t('admin.field.status'),
            t('admin.field.actions'),
          ]}
        >
          {clients.data.map((client) => (
            <tr key={client.id}>
              <td>{client.clientId}</td>
              <td>{client.name}</td>
              <td>{client.scopes.join(', ')}</td>
              <td>{limitText(client)}</td>
              <td>{client.active ? t('admin.status.active') : t('admin.status.inactive')}</td>
              <td className="admin-actions">
                {client.active ? (
                  <>
                    <RowAction
                      label={t('admin.clients.rotate')}
                      name={client.name}
                      onClick={() => setOpen({ kind: 'rotate', client })}
                    />
                    <RowAction
                      label={t('admin.clients.disable')}
                      name={client.name}
                      onClick={() => setOpen({ kind: 'disable', client })}
                    />
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      {open?.kind === 'add' ? (
        <ClientDialog onClose={close} onCreated={(secret) => setOpen({ kind: 'secret', secret })} />
      ) : null}
      {open?.kind === 'rotate' ? (
        <RotateDialog
          client={open.client}
          onClose={close}
          onRotated={(secret) => setOpen({ kind: 'secret', secret })}
        />
      ) : null}
      {open?.kind === 'disable' ? <DisableDialog client={open.client} onClose={close} /> : null}
      {open?.kind === 'secret' ? (
        <OneTimeSecretDialog
          title={t('admin.clients.secretTitle', { name: open.secret.client.name })}
          label={t('admin.clients.secret')}
          secret={open.secret.clientSecret}
          onClose={close}
          testId="client-secret"
        >
          <Facts facts={[{ label: t('admin.clients.clientId'), value: open.secret.client.clientId }]} />
        </OneTimeSecretDialog>
      ) : null}
    </div>
  );
}

const clientSchema = z.object({
  clientId: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{3,100}$/, messageKey('admin.clients.clientIdInvalid')),
  name: z
    .string()
    .trim()
    .min(1, messageKey('admin.field.required'))
    .max(200, messageKey('admin.field.tooLong')),
  scopes: z.array(z.string()).min(1, messageKey('admin.clients.scopesRequired')),
  limit: z.string().min(1, messageKey('admin.clients.limitRequired')),
});

function ClientDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (secret: IntegrationClientSecret) => void;
}) {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const schools = useSchools();
  const create = useCreateIntegrationClient();
  const form = useSchemaForm(clientSchema, {
    defaultValues: { clientId: '', name: '', scopes: ['students:write'], limit: '' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const submit = form.handleSubmit((values) => {
    const [kind, id] = values.limit.split(':');
    create.mutate(
      {
        clientId: values.clientId,
        name: values.name,
        scopes: values.scopes,
        schoolId: kind === 'school' ? Number(id) : undefined,
        organisationId: kind === 'organisation' ? Number(id) : undefined,
      },
      { onSuccess: onCreated },
    );
  });
  return (
    <Dialog title={t('admin.clients.add')} onClose={onClose} busy={create.isPending} variant="staff">
      <form className="form staff-form" onSubmit={submit} noValidate>
        <Field
          id="client-id"
          label={t('admin.clients.clientId')}
          hint={t('admin.clients.clientIdHint')}
          error={errorText(errors.clientId)}
          required
        >
          {(control) => (
            <input
              {...control}
              {...form.register('clientId')}
              type="text"
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
        </Field>
        <Field id="client-name" label={t('admin.field.name')} error={errorText(errors.name)} required>
          {(control) => <input {...control} {...form.register('name')} type="text" />}
        </Field>
        <fieldset
          className="admin-fieldset"
          aria-describedby={errors.scopes ? 'client-scopes-error' : undefined}
        >
          <legend>{t('admin.clients.scopes')}</legend>
          {CLIENT_SCOPES.map((scope) => (
            <Field key={scope} id={`client-scope-${scope.replace(':', '-')}`} label={scope} kind="checkbox">
              {(control) => <input {...control} {...form.register('scopes')} type="checkbox" value={scope} />}
            </Field>
          ))}
          {errors.scopes ? (
            <p id="client-scopes-error" className="field__error">
              {errorText(errors.scopes)}
            </p>
          ) : null}
        </fieldset>
        <Field
          id="client-limit"
          label={t('admin.clients.limit')}
          hint={t('admin.clients.limitHint')}
          error={errorText(errors.limit)}
          required
        >
          {(control) => (
            <select {...control} {...form.register('limit')}>
              <option value="">{t('admin.clients.chooseLimit')}</option>
              <optgroup label={t('admin.clients.organisations')}>
                {(organisations.data ?? []).map((organisation) => (
                  <option key={organisation.id} value={`organisation:${organisation.id}`}>
                    {organisation.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('admin.clients.schools')}>
                {(schools.data ?? [])
                  .filter((school) => school.active)
                  .map((school) => (
                    <option key={school.id} value={`school:${school.id}`}>
                      {school.name}
                    </option>
                  ))}
              </optgroup>
            </select>
          )}
        </Field>
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        <SubmitActions
          submit={t('admin.clients.create')}
          busy={create.isPending}
          close={t('admin.cancel')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

function RotateDialog({
  client,
  onClose,
  onRotated,
}: {
  client: IntegrationClient;
  onClose: () => void;
  onRotated: (secret: IntegrationClientSecret) => void;
}) {
  const { t } = useI18n();
  const rotate = useRotateSecret();
  return (
    <ConfirmDialog
      title={t('admin.clients.rotate')}
      question={t('admin.clients.rotateQuestion', { name: client.name })}
      confirm={t('admin.clients.rotate')}
      onConfirm={() => rotate.mutate(client.id, { onSuccess: onRotated })}
      onClose={onClose}
      busy={rotate.isPending}
      error={rotate.error}
    />
  );
}

function DisableDialog({ client, onClose }: { client: IntegrationClient; onClose: () => void }) {
  const { t } = useI18n();
  const disable = useDisableIntegrationClient();
  return (
    <ConfirmDialog
      title={t('admin.clients.disable')}
      question={t('admin.clients.disableQuestion', { name: client.name })}
      confirm={t('admin.clients.disable')}
      onConfirm={() => disable.mutate(client.id, { onSuccess: onClose })}
      onClose={onClose}
      busy={disable.isPending}
      error={disable.error}
      destructive
    />
  );
}
