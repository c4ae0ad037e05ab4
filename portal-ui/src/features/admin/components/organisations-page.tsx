import { useState } from 'react';
import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { Organisation } from '../../../lib/api';
import { formatLongDate, isoDay } from '../../../lib/format';
import { messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateOrganisation, useOrganisations, useUpdateOrganisation } from '../api/use-admin';
import { ActiveDialog } from './confirm-dialog';
import { RowAction } from './row-action';

type Open =
  | { kind: 'add' }
  | { kind: 'rename'; organisation: Organisation }
  | { kind: 'active'; organisation: Organisation };

/** /balie/beheer/organisaties — the library organisations (administrators): add, rename, (de)activate. */
export function OrganisationsPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('admin.organisations.title'));
  const organisations = useOrganisations();
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const updateOrganisation = useUpdateOrganisation();

  return (
    <div className="page admin-page">
      <h1>{t('admin.organisations.title')}</h1>
      <p className="lead">{t('admin.organisations.intro')}</p>
      <p>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
          {t('admin.organisations.add')}
        </button>
      </p>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ProblemAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : organisations.data.length === 0 ? (
        <p className="empty-state">{t('admin.organisations.empty')}</p>
      ) : (
        <TableShell
          id="organisations"
          caption={t('admin.organisations.caption')}
          headers={[
            t('admin.field.code'),
            t('admin.field.name'),
            t('admin.field.status'),
            t('admin.field.since'),
            t('admin.field.actions'),
          ]}
        >
          {organisations.data.map((organisation) => (
            <tr key={organisation.id}>
              <td>{organisation.code}</td>
              <td>{organisation.name}</td>
              <td>{organisation.active ? t('admin.status.active') : t('admin.status.inactive')}</td>
              <td>{formatLongDate(isoDay(new Date(organisation.createdAt)), locale)}</td>
              <td className="admin-actions">
                <RowAction
                  label={t('admin.rename')}
                  name={organisation.name}
                  onClick={() => setOpen({ kind: 'rename', organisation })}
                />
                <RowAction
                  label={organisation.active ? t('admin.deactivate') : t('admin.reactivate')}
                  name={organisation.name}
                  onClick={() => setOpen({ kind: 'active', organisation })}
                />
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      {open?.kind === 'add' ? <OrganisationDialog onClose={close} /> : null}
      {open?.kind === 'rename' ? (
        <OrganisationDialog organisation={open.organisation} onClose={close} />
      ) : null}
      {open?.kind === 'active' ? (
        <ActiveDialog
          id={open.organisation.id}
          name={open.organisation.name}
          active={open.organisation.active}
          questions={{
            deactivate: 'admin.organisations.deactivateQuestion',
            reactivate: 'admin.organisations.reactivateQuestion',
          }}
          update={updateOrganisation}
          onClose={close}
        />
      ) : null}
    </div>
  );
}

const organisationSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,32}$/, messageKey('admin.field.codeInvalid')),
  name: z
    .string()
    .trim()
    .min(1, messageKey('admin.field.nameRequired'))
    .max(200, messageKey('admin.field.nameTooLong')),
});

function OrganisationDialog({ organisation, onClose }: { organisation?: Organisation; onClose: () => void }) {
  const { t } = useI18n();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const save = organisation ? update : create;
  const form = useSchemaForm(organisationSchema, {
    defaultValues: { code: organisation?.code ?? '', name: organisation?.name ?? '' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const submit = form.handleSubmit((values) => {
    if (organisation) update.mutate({ id: organisation.id, name: values.name }, { onSuccess: onClose });
    else create.mutate(values, { onSuccess: onClose });
  });
  return (
    <Dialog
      title={
        organisation
          ? t('admin.organisations.renameTitle', { name: organisation.name })
          : t('admin.organisations.add')
      }
      onClose={onClose}
      busy={save.isPending}
      variant="staff"
    >
      <form className="form staff-form" onSubmit={submit} noValidate>
        <Field
          id="organisation-code"
          label={t('admin.field.code')}
          hint={t('admin.field.codeHint')}
          error={errorText(errors.code)}
          required
        >
          {(control) => (
            <input
              {...control}
              {...form.register('code')}
              type="text"
              autoCapitalize="characters"
              disabled={!!organisation}
            />
          )}
        </Field>
        <Field id="organisation-name" label={t('admin.field.name')} error={errorText(errors.name)} required>
          {(control) => <input {...control} {...form.register('name')} type="text" />}
        </Field>
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <SubmitActions
          submit={t('admin.save')}
          busy={save.isPending}
          close={t('admin.cancel')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}
