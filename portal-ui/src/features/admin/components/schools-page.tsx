import { useState } from 'react';
import { Link } from 'react-router-dom';
import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { Organisation, School, StudentUsernameRule } from '../../../lib/api';
import { messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { staffPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateSchool, useOrganisations, useSchools, useUpdateSchool } from '../api/use-admin';
import { ActiveDialog } from './confirm-dialog';
import { RowAction } from './row-action';
import { hoursProblems, OpeningHoursFields, toOpeningHours, weekRows, type DayRow } from './opening-hours';

export const USERNAME_RULES = [
  'FIRST_NAME_LAST_NAME',
  'STUDENT_NUMBER',
] as const satisfies readonly StudentUsernameRule[];

export const RULE_KEYS: Record<StudentUsernameRule, MessageKey> = {
  FIRST_NAME_LAST_NAME: 'admin.schools.ruleName',
  STUDENT_NUMBER: 'admin.schools.ruleNumber',
};

type Open = { kind: 'add' } | { kind: 'edit'; school: School } | { kind: 'active'; school: School };

/**
 * /balie/beheer/scholen — the schools per organisation (administrators): add a school with its school library and
 * opening hours in one go, rename, choose how student usernames are made, (de)activate.
 */
export function SchoolsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.schools.title'));
  const organisations = useOrganisations();
  const schools = useSchools();
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const updateSchool = useUpdateSchool();
  const chosen = organisationId ?? organisations.data?.[0]?.id ?? null;
  const shown = (schools.data ?? []).filter((school) => chosen == null || school.organisationId === chosen);

  return (
    <div className="page admin-page">
      <h1>{t('admin.schools.title')}</h1>
      <p className="lead">{t('admin.schools.intro')}</p>
      {organisations.isPending || schools.isPending ? (
        <Loading />
      ) : organisations.isError || schools.isError ? (
        <ProblemAlert error={organisations.error ?? schools.error} onRetry={() => void schools.refetch()} />
      ) : organisations.data.length === 0 ? (
        <p className="empty-state">{t('admin.schools.noOrganisation')}</p>
      ) : (
        <>
          <div className="admin-toolbar">
            <Field id="schools-organisation" label={t('admin.field.organisation')}>
              {(control) => (
                <select
                  {...control}
                  value={chosen ?? ''}
                  onChange={(event) => setOrganisationId(Number(event.target.value))}
                >
                  {organisations.data.map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
              {t('admin.schools.add')}
            </button>
          </div>
          {shown.length === 0 ? (
            <p className="empty-state">{t('admin.schools.empty')}</p>
          ) : (
            <TableShell
              id="schools"
              caption={t('admin.schools.caption')}
              headers={[
                t('admin.field.brin'),
                t('admin.field.name'),
                t('admin.schools.rule'),
                t('admin.field.status'),
                t('admin.field.actions'),
              ]}
            >
              {shown.map((school) => (
                <tr key={school.id}>
                  <td>{school.brin}</td>
                  <td>{school.name}</td>
                  <td>{t(RULE_KEYS[school.studentUsernameRule])}</td>
                  <td>{school.active ? t('admin.status.active') : t('admin.status.inactive')}</td>
                  <td className="admin-actions">
                    <RowAction
                      label={t('admin.edit')}
                      name={school.name}
                      onClick={() => setOpen({ kind: 'edit', school })}
                    />
                    <RowAction
                      label={school.active ? t('admin.deactivate') : t('admin.reactivate')}
                      name={school.name}
                      onClick={() => setOpen({ kind: 'active', school })}
                    />
                    <Link
                      className="button button--secondary button--small"
                      to={`${staffPaths.policy}?school=${school.id}`}
                    >
                      {t('admin.schools.policy')}
                      <span className="visually-hidden"> {school.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </TableShell>
          )}
        </>
      )}
      {open?.kind === 'add' && organisations.data ? (
        <AddSchoolDialog organisations={organisations.data} organisationId={chosen} onClose={close} />
      ) : null}
      {open?.kind === 'edit' ? <EditSchoolDialog school={open.school} onClose={close} /> : null}
      {open?.kind === 'active' ? (
        <ActiveDialog
          id={open.school.id}
          name={open.school.name}
          active={open.school.active}
          questions={{
            deactivate: 'admin.schools.deactivateQuestion',
            reactivate: 'admin.schools.reactivateQuestion',
          }}
          update={updateSchool}
          onClose={close}
        />
      ) : null}
    </div>
  );
}

const text = (max: number, tooLong: MessageKey) => z.string().trim().max(max, messageKey(tooLong));
const required = (max: number) =>
  z.string().trim().min(1, messageKey('admin.field.required')).max(max, messageKey('admin.field.tooLong'));

const addSchoolSchema = z.object({
  organisationId: z.string().min(1, messageKey('admin.field.required')),
  brin: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9]{2}[A-Z]{2}([0-9]{2})?$/, messageKey('admin.schools.brinInvalid')),
  name: required(200),
  studentUsernameRule: z.enum(USERNAME_RULES),
  libraryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,32}$/, messageKey('admin.field.codeInvalid')),
  libraryName: required(200),
  address: text(200, 'admin.field.tooLong'),
  postalCode: text(10, 'admin.field.tooLong'),
  city: text(100, 'admin.field.tooLong'),
});

function AddSchoolDialog({
  organisations,
  organisationId,
  onClose,
}: {
  organisations: Organisation[];
  organisationId: number | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateSchool();
  const [hours, setHours] = useState<DayRow[]>(() =>
    weekRows([1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '15:00' }))),
  );
  const [hoursChecked, setHoursChecked] = useState(false);
  const problems = hoursChecked ? hoursProblems(hours) : {};
  const form = useSchemaForm(addSchoolSchema, {
    defaultValues: {
      organisationId: organisationId != null ? String(organisationId) : '',
      brin: '',
      name: '',
      studentUsernameRule: 'FIRST_NAME_LAST_NAME',
      libraryCode: '',
      libraryName: '',
      address: '',
      postalCode: '',
      city: '',
    },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const submit = (event: React.FormEvent) => {
    setHoursChecked(true);
    const hoursOk = Object.keys(hoursProblems(hours)).length === 0;
    void form.handleSubmit((values) => {
      if (!hoursOk) return;
      create.mutate(
        {
          organisationId: Number(values.organisationId),
          brin: values.brin,
          name: values.name,
          studentUsernameRule: values.studentUsernameRule,
          library: {
            code: values.libraryCode,
            name: values.libraryName,
            address: values.address || undefined,
            postalCode: values.postalCode || undefined,
            city: values.city || undefined,
            openingHours: toOpeningHours(hours),
          },
        },
        { onSuccess: onClose },
      );
    })(event);
  };
  return (
    <Dialog title={t('admin.schools.add')} onClose={onClose} busy={create.isPending} variant="staff">
      <form className="form staff-form admin-form" onSubmit={submit} noValidate>
        <Field
          id="school-organisation"
          label={t('admin.field.organisation')}
          error={errorText(errors.organisationId)}
          required
        >
          {(control) => (
            <select {...control} {...form.register('organisationId')}>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="staff-form__grid">
          <Field
            id="school-brin"
            label={t('admin.field.brin')}
            hint={t('admin.schools.brinHint')}
            error={errorText(errors.brin)}
            required
          >
            {(control) => (
              <input {...control} {...form.register('brin')} type="text" autoCapitalize="characters" />
            )}
          </Field>
          <Field id="school-name" label={t('admin.schools.name')} error={errorText(errors.name)} required>
            {(control) => <input {...control} {...form.register('name')} type="text" />}
          </Field>
        </div>
        <Field id="school-rule" label={t('admin.schools.rule')} hint={t('admin.schools.ruleHint')}>
          {(control) => (
            <select {...control} {...form.register('studentUsernameRule')}>
              {USERNAME_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {t(RULE_KEYS[rule])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="admin-fieldset">
          <legend>{t('admin.schools.library')}</legend>
          <div className="staff-form__grid">
            <Field
              id="library-code"
              label={t('admin.field.code')}
              hint={t('admin.field.codeHint')}
              error={errorText(errors.libraryCode)}
              required
            >
              {(control) => (
                <input
                  {...control}
                  {...form.register('libraryCode')}
                  type="text"
                  autoCapitalize="characters"
                />
              )}
            </Field>
            <Field
              id="library-name"
              label={t('admin.field.name')}
              error={errorText(errors.libraryName)}
              required
            >
              {(control) => <input {...control} {...form.register('libraryName')} type="text" />}
            </Field>
            <Field id="library-address" label={t('admin.field.address')} error={errorText(errors.address)}>
              {(control) => (
                <input {...control} {...form.register('address')} type="text" autoComplete="off" />
              )}
            </Field>
            <Field
              id="library-postal-code"
              label={t('admin.field.postalCode')}
              error={errorText(errors.postalCode)}
            >
              {(control) => (
                <input {...control} {...form.register('postalCode')} type="text" autoComplete="off" />
              )}
            </Field>
            <Field id="library-city" label={t('admin.field.city')} error={errorText(errors.city)}>
              {(control) => <input {...control} {...form.register('city')} type="text" autoComplete="off" />}
            </Field>
          </div>
          <OpeningHoursFields rows={hours} onChange={setHours} problems={problems} />
        </fieldset>
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        <SubmitActions
          submit={t('admin.save')}
          busy={create.isPending}
          close={t('admin.cancel')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

const editSchoolSchema = z.object({
  name: required(200),
  studentUsernameRule: z.enum(USERNAME_RULES),
});

function EditSchoolDialog({ school, onClose }: { school: School; onClose: () => void }) {
  const { t } = useI18n();
  const update = useUpdateSchool();
  const form = useSchemaForm(editSchoolSchema, {
    defaultValues: { name: school.name, studentUsernameRule: school.studentUsernameRule },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const submit = form.handleSubmit((values) =>
    update.mutate({ id: school.id, ...values }, { onSuccess: onClose }),
  );
  return (
    <Dialog
      title={t('admin.schools.editTitle', { name: school.name })}
      onClose={onClose}
      busy={update.isPending}
      variant="staff"
    >
      <form className="form staff-form" onSubmit={submit} noValidate>
        <Field id="school-edit-name" label={t('admin.schools.name')} error={errorText(errors.name)} required>
          {(control) => <input {...control} {...form.register('name')} type="text" />}
        </Field>
        <Field id="school-edit-rule" label={t('admin.schools.rule')} hint={t('admin.schools.ruleHint')}>
          {(control) => (
            <select {...control} {...form.register('studentUsernameRule')}>
              {USERNAME_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {t(RULE_KEYS[rule])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {update.isError ? <ProblemAlert error={update.error} /> : null}
        <SubmitActions
          submit={t('admin.save')}
          busy={update.isPending}
          close={t('admin.cancel')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}
