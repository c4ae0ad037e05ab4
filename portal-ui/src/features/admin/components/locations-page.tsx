import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { Location, Organisation } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';
import { messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useAdminLocations,
  useCreateLocation,
  useOrganisations,
  useSetOpeningHours,
  useUpdateLocation,
} from '../api/use-admin';
import { ActiveDialog } from './confirm-dialog';
import { RowAction } from './row-action';
import {
  hoursProblems,
  hoursSummary,
  OpeningHoursFields,
  toOpeningHours,
  weekRows,
  type DayRow,
} from './opening-hours';
import { useLocationScope } from './scope';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; location: Location }
  | { kind: 'hours'; location: Location }
  | { kind: 'active'; location: Location };

/**
 * /balie/beheer/locaties — branches and school libraries, inactive ones too. Administrators add a branch, edit a
 * location and (de)activate it; every staff member sets the opening hours of the locations in their scope.
 */
export function LocationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.locations.title'));
  const isAdmin = useSession()?.user.role === 'ADMIN';
  const locations = useAdminLocations();
  const inScope = useLocationScope();
  const organisations = useOrganisations({ enabled: isAdmin });
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const updateLocation = useUpdateLocation();
  const shown = (locations.data ?? []).filter(inScope);
  const kindKey = (location: Location): MessageKey =>
    location.kind === 'BRANCH' ? 'admin.locations.branch' : 'admin.locations.schoolLibrary';

  return (
    <div className="page admin-page">
      <h1>{t('admin.locations.title')}</h1>
      <p className="lead">{isAdmin ? t('admin.locations.intro') : t('admin.locations.introHours')}</p>
      {isAdmin ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => setOpen({ kind: 'add' })}
            disabled={!organisations.data?.length}
          >
            {t('admin.locations.addBranch')}
          </button>
        </p>
      ) : null}
      {locations.isPending ? (
        <Loading />
      ) : locations.isError ? (
        <ProblemAlert error={locations.error} onRetry={() => void locations.refetch()} />
      ) : shown.length === 0 ? (
        <p className="empty-state">{t('admin.locations.empty')}</p>
      ) : (
        <TableShell
          id="locations"
          caption={t('admin.locations.caption')}
          headers={[
            t('admin.field.name'),
            t('admin.locations.kind'),
            t('admin.field.address'),
            t('admin.locations.hours'),
            t('admin.field.status'),
            t('admin.field.actions'),
          ]}
        >
          {shown.map((location) => (
            <tr key={location.id}>
              <td>
                {location.name}
                <br />
                <span className="hint">{location.code}</span>
              </td>
              <td>{t(kindKey(location))}</td>
              <td>
                {[location.address, [location.postalCode, location.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ') || '—'}
              </td>
              <td>{hoursSummary(location.openingHours, t)}</td>
              <td>{location.active ? t('admin.status.active') : t('admin.status.inactive')}</td>
              <td className="admin-actions">
                <RowAction
                  label={t('admin.locations.editHours')}
                  name={location.name}
                  onClick={() => setOpen({ kind: 'hours', location })}
                />
                {isAdmin ? (
                  <>
                    <RowAction
                      label={t('admin.edit')}
                      name={location.name}
                      onClick={() => setOpen({ kind: 'edit', location })}
                    />
                    <RowAction
                      label={location.active ? t('admin.deactivate') : t('admin.reactivate')}
                      name={location.name}
                      onClick={() => setOpen({ kind: 'active', location })}
                    />
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      {open?.kind === 'add' && organisations.data ? (
        <LocationDialog organisations={organisations.data} onClose={close} />
      ) : null}
      {open?.kind === 'edit' ? <LocationDialog location={open.location} onClose={close} /> : null}
      {open?.kind === 'hours' ? <HoursDialog location={open.location} onClose={close} /> : null}
      {open?.kind === 'active' ? (
        <ActiveDialog
          id={open.location.id}
          name={open.location.name}
          active={open.location.active}
          questions={{
            deactivate: 'admin.locations.deactivateQuestion',
            reactivate: 'admin.locations.reactivateQuestion',
          }}
          update={updateLocation}
          onClose={close}
        />
      ) : null}
    </div>
  );
}

const days = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, messageKey('admin.locations.daysInvalid'))
    .transform(Number)
    .refine((value) => value >= 1 && value <= max, messageKey('admin.locations.daysInvalid'));
const optional = (max: number) => z.string().trim().max(max, messageKey('admin.field.tooLong'));

const locationSchema = z.object({
  organisationId: z.string(),
  code: z.string().trim().toUpperCase(),
  name: z
    .string()
    .trim()
    .min(1, messageKey('admin.field.required'))
    .max(200, messageKey('admin.field.tooLong')),
  address: optional(200),
  postalCode: optional(10),
  city: optional(100),
  pickupDays: days(60),
  loanDays: days(365),
});

/** Add a branch (without `location`) or edit a location: name, address, pickup days, loan days. */
function LocationDialog({
  location,
  organisations = [],
  onClose,
}: {
  location?: Location;
  organisations?: Organisation[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateLocation();
  const update = useUpdateLocation();
  const save = location ? update : create;
  const [hours, setHours] = useState<DayRow[]>(() => weekRows([]));
  const [hoursChecked, setHoursChecked] = useState(false);
  const problems = hoursChecked ? hoursProblems(hours) : {};
  const schema = location
    ? locationSchema
    : locationSchema.extend({
        code: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9-]{2,32}$/, messageKey('admin.field.codeInvalid')),
      });
  const form = useSchemaForm(schema, {
    defaultValues: {
      organisationId: String(location?.organisationId ?? organisations[0]?.id ?? ''),
      code: location?.code ?? '',
      name: location?.name ?? '',
      address: location?.address ?? '',
      postalCode: location?.postalCode ?? '',
      city: location?.city ?? '',
      pickupDays: String(location?.pickupDays ?? 7),
      loanDays: String(location?.loanDays ?? 21),
    },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const submit = (event: FormEvent) => {
    setHoursChecked(true);
    const hoursOk = location != null || Object.keys(hoursProblems(hours)).length === 0;
    void form.handleSubmit((values) => {
      if (!hoursOk) return;
      const fields = {
        name: values.name,
        address: values.address || undefined,
        postalCode: values.postalCode || undefined,
        city: values.city || undefined,
        pickupDays: values.pickupDays,
        loanDays: values.loanDays,
      };
      if (location) update.mutate({ id: location.id, ...fields }, { onSuccess: onClose });
      else
        create.mutate(
          {
            organisationId: Number(values.organisationId),
            kind: 'BRANCH',
            code: values.code,
            ...fields,
            openingHours: toOpeningHours(hours),
          },
          { onSuccess: onClose },
        );
    })(event);
  };
  return (
    <Dialog
      title={
        location ? t('admin.locations.editTitle', { name: location.name }) : t('admin.locations.addBranch')
      }
      onClose={onClose}
      busy={save.isPending}
      variant="staff"
    >
      <form className="form staff-form admin-form" onSubmit={submit} noValidate>
        {!location ? (
          <Field id="location-organisation" label={t('admin.field.organisation')} required>
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
        ) : null}
        <div className="staff-form__grid">
          <Field
            id="location-code"
            label={t('admin.field.code')}
            hint={location ? undefined : t('admin.field.codeHint')}
            error={errorText(errors.code)}
            required
          >
            {(control) => (
              <input
                {...control}
                {...form.register('code')}
                type="text"
                autoCapitalize="characters"
                disabled={!!location}
              />
            )}
          </Field>
          <Field id="location-name" label={t('admin.field.name')} error={errorText(errors.name)} required>
            {(control) => <input {...control} {...form.register('name')} type="text" />}
          </Field>
          <Field id="location-address" label={t('admin.field.address')} error={errorText(errors.address)}>
            {(control) => <input {...control} {...form.register('address')} type="text" autoComplete="off" />}
          </Field>
          <Field
            id="location-postal-code"
            label={t('admin.field.postalCode')}
            error={errorText(errors.postalCode)}
          >
            {(control) => (
              <input {...control} {...form.register('postalCode')} type="text" autoComplete="off" />
            )}
          </Field>
          <Field id="location-city" label={t('admin.field.city')} error={errorText(errors.city)}>
            {(control) => <input {...control} {...form.register('city')} type="text" autoComplete="off" />}
          </Field>
          <Field
            id="location-pickup-days"
            label={t('admin.locations.pickupDays')}
            error={errorText(errors.pickupDays)}
            required
          >
            {(control) => (
              <input {...control} {...form.register('pickupDays')} type="number" min={1} max={60} />
            )}
          </Field>
          <Field
            id="location-loan-days"
            label={t('admin.locations.loanDays')}
            error={errorText(errors.loanDays)}
            required
          >
            {(control) => (
              <input {...control} {...form.register('loanDays')} type="number" min={1} max={365} />
            )}
          </Field>
        </div>
        {!location ? <OpeningHoursFields rows={hours} onChange={setHours} problems={problems} /> : null}
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

/** The opening hours of one location: PUT the whole week. */
function HoursDialog({ location, onClose }: { location: Location; onClose: () => void }) {
  const { t } = useI18n();
  const save = useSetOpeningHours();
  const [rows, setRows] = useState<DayRow[]>(() => weekRows(location.openingHours));
  const [checked, setChecked] = useState(false);
  const problems = checked ? hoursProblems(rows) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(hoursProblems(rows)).length > 0) return;
    save.mutate({ id: location.id, hours: toOpeningHours(rows) }, { onSuccess: onClose });
  };
  return (
    <Dialog
      title={t('admin.locations.hoursTitle', { name: location.name })}
      onClose={onClose}
      busy={save.isPending}
      variant="staff"
    >
      <form className="form staff-form" onSubmit={submit} noValidate>
        <OpeningHoursFields rows={rows} onChange={setRows} problems={problems} />
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
