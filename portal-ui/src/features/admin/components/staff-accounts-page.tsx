import { useState } from 'react';
import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Facts } from '../../../components/facts';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { Location, Role, StaffAccount } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';
import { formatDeskDateTime } from '../../../lib/format';
import { messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useAdminLocations,
  useCreateStaffAccount,
  useResetStaffPassword,
  useSetStaffAccountActive,
  useStaffAccounts,
  useUpdateStaffAccount,
} from '../api/use-admin';
import { ConfirmDialog } from './confirm-dialog';
import { OneTimeSecretDialog } from './one-time-secret';
import { useLocationScope } from './scope';
import { RowAction } from './row-action';

type StaffRole = 'SCHOOL_STAFF' | 'LIBRARY_STAFF' | 'ADMIN';
const STAFF_ROLES = ['SCHOOL_STAFF', 'LIBRARY_STAFF', 'ADMIN'] as const satisfies readonly Role[];

const ROLE_KEYS: Record<StaffRole, MessageKey> = {
  SCHOOL_STAFF: 'role.schoolStaff',
  LIBRARY_STAFF: 'role.libraryStaff',
  ADMIN: 'role.admin',
};

function roleText(role: string, t: (key: MessageKey) => string): string {
  return role in ROLE_KEYS ? t(ROLE_KEYS[role as StaffRole]) : role;
}

/** The temporary password of a new or reset account, shown once. */
interface Shown {
  account: Pick<StaffAccount, 'username' | 'displayName'>;
  temporaryPassword: string;
  validUntil: string;
}

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; account: StaffAccount }
  | { kind: 'active'; account: StaffAccount }
  | { kind: 'reset'; account: StaffAccount }
  | { kind: 'secret'; shown: Shown };

/**
 * /balie/beheer/medewerkers — staff accounts: administrators all, school staff those of their own school.
 * A new account (and a reset) gets a temporary password, shown once; the staff member chooses their own at the
 * first login.
 */
export function StaffAccountsPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('admin.staff.title'));
  const accounts = useStaffAccounts();
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);

  return (
    <div className="page admin-page">
      <h1>{t('admin.staff.title')}</h1>
      <p className="lead">{t('admin.staff.intro')}</p>
      <p>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
          {t('admin.staff.add')}
        </button>
      </p>
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <ProblemAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : accounts.data.length === 0 ? (
        <p className="empty-state">{t('admin.staff.empty')}</p>
      ) : (
        <TableShell
          id="staff-accounts"
          caption={t('admin.staff.caption')}
          headers={[
            t('admin.field.name'),
            t('admin.staff.username'),
            t('admin.staff.role'),
            t('admin.staff.location'),
            t('admin.field.status'),
            t('admin.field.actions'),
          ]}
          testId="staff-accounts"
        >
          {accounts.data.map((account) => (
            <tr key={account.id}>
              <td>{account.displayName}</td>
              <td>{account.username}</td>
              <td>{roleText(account.role, t)}</td>
              <td>{account.locationName ?? '—'}</td>
              <td>
                {!account.active
                  ? t('admin.staff.disabled')
                  : account.mustChangePassword
                    ? t('admin.staff.mustChange')
                    : t('admin.status.active')}
              </td>
              <td className="admin-actions">
                <RowAction
                  label={t('admin.edit')}
                  name={account.displayName}
                  onClick={() => setOpen({ kind: 'edit', account })}
                />
                <RowAction
                  label={t('admin.staff.reset')}
                  name={account.displayName}
                  onClick={() => setOpen({ kind: 'reset', account })}
                />
                <RowAction
                  label={account.active ? t('admin.staff.disable') : t('admin.staff.enable')}
                  name={account.displayName}
                  onClick={() => setOpen({ kind: 'active', account })}
                />
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      {open?.kind === 'add' ? (
        <AccountDialog onClose={close} onCreated={(shown) => setOpen({ kind: 'secret', shown })} />
      ) : null}
      {open?.kind === 'edit' ? <AccountDialog account={open.account} onClose={close} /> : null}
      {open?.kind === 'active' ? <ActiveDialog account={open.account} onClose={close} /> : null}
      {open?.kind === 'reset' ? (
        <ResetDialog
          account={open.account}
          onClose={close}
          onReset={(shown) => setOpen({ kind: 'secret', shown })}
        />
      ) : null}
      {open?.kind === 'secret' ? (
        <OneTimeSecretDialog
          title={t('admin.staff.secretTitle', { name: open.shown.account.displayName })}
          label={t('admin.staff.temporaryPassword')}
          secret={open.shown.temporaryPassword}
          onClose={close}
          testId="temporary-password"
        >
          <Facts
            facts={[
              { label: t('admin.staff.username'), value: open.shown.account.username },
              {
                label: t('admin.secret.validUntil'),
                value: formatDeskDateTime(open.shown.validUntil, locale),
              },
            ]}
          />
          <p className="hint">{t('admin.staff.secretHint')}</p>
        </OneTimeSecretDialog>
      ) : null}
    </div>
  );
}

const accountSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,100}$/, messageKey('admin.staff.usernameInvalid')),
    displayName: z
      .string()
      .trim()
      .min(1, messageKey('admin.field.required'))
      .max(200, messageKey('admin.field.tooLong')),
    role: z.enum(STAFF_ROLES),
    locationId: z.string(),
  })
  .refine((value) => value.role === 'ADMIN' || value.locationId !== '', {
    path: ['locationId'],
    message: messageKey('admin.staff.locationRequired'),
  });

/** The locations a role may be placed at: school staff a school library, library staff any location. */
function locationsFor(role: StaffRole, locations: Location[]): Location[] {
  if (role === 'ADMIN') return [];
  return locations.filter(
    (location) => location.active && (role === 'LIBRARY_STAFF' || location.kind === 'SCHOOL_LIBRARY'),
  );
}

/** A new account (without `account`: then the temporary password follows) or an edit of name, role and location. */
function AccountDialog({
  account,
  onClose,
  onCreated,
}: {
  account?: StaffAccount;
  onClose: () => void;
  onCreated?: (shown: Shown) => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const isAdmin = session?.user.role === 'ADMIN';
  const roles: StaffRole[] = isAdmin ? [...STAFF_ROLES] : ['SCHOOL_STAFF'];
  const allLocations = useAdminLocations();
  const inScope = useLocationScope();
  const create = useCreateStaffAccount();
  const update = useUpdateStaffAccount();
  const save = account ? update : create;
  const scoped = (allLocations.data ?? []).filter(inScope);
  const form = useSchemaForm(accountSchema, {
    defaultValues: {
      username: account?.username ?? '',
      displayName: account?.displayName ?? '',
      role: (account?.role as StaffRole | undefined) ?? 'SCHOOL_STAFF',
      locationId:
        account?.locationId != null
          ? String(account.locationId)
          : isAdmin
            ? ''
            : String(session?.user.locationId ?? ''),
    },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const role = form.watch('role');
  const choices = locationsFor(role, scoped);

  const submit = form.handleSubmit((values) => {
    const locationId = values.role === 'ADMIN' || !values.locationId ? undefined : Number(values.locationId);
    if (account) {
      update.mutate(
        { id: account.id, displayName: values.displayName, role: values.role, locationId },
        { onSuccess: onClose },
      );
    } else {
      create.mutate(
        { username: values.username, displayName: values.displayName, role: values.role, locationId },
        {
          onSuccess: (created) =>
            onCreated?.({
              account: created.account,
              temporaryPassword: created.temporaryPassword,
              validUntil: created.temporaryPasswordValidUntil,
            }),
        },
      );
    }
  });

  return (
    <Dialog
      title={account ? t('admin.staff.editTitle', { name: account.displayName }) : t('admin.staff.add')}
      onClose={onClose}
      busy={save.isPending}
      variant="staff"
    >
      <form className="form staff-form" onSubmit={submit} noValidate>
        <Field
          id="staff-username"
          label={t('admin.staff.username')}
          error={errorText(errors.username)}
          required
        >
          {(control) => (
            <input
              {...control}
              {...form.register('username')}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              disabled={!!account}
            />
          )}
        </Field>
        <Field
          id="staff-display-name"
          label={t('admin.staff.displayName')}
          error={errorText(errors.displayName)}
          required
        >
          {(control) => (
            <input {...control} {...form.register('displayName')} type="text" autoComplete="off" />
          )}
        </Field>
        <Field id="staff-role" label={t('admin.staff.role')} required>
          {(control) => (
            <select {...control} {...form.register('role')}>
              {roles.map((value) => (
                <option key={value} value={value}>
                  {roleText(value, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {role !== 'ADMIN' ? (
          <Field
            id="staff-location"
            label={t('admin.staff.location')}
            hint={
              role === 'SCHOOL_STAFF'
                ? t('admin.staff.locationHintSchool')
                : t('admin.staff.locationHintLibrary')
            }
            error={errorText(errors.locationId)}
            required
          >
            {(control) => (
              <select {...control} {...form.register('locationId')}>
                <option value="">{t('admin.staff.chooseLocation')}</option>
                {choices.map((location) => (
                  <option key={location.id} value={location.id}>
                    {location.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <SubmitActions
          submit={account ? t('admin.save') : t('admin.staff.create')}
          busy={save.isPending}
          close={t('admin.cancel')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

function ActiveDialog({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const { t } = useI18n();
  const change = useSetStaffAccountActive();
  const disable = account.active;
  return (
    <ConfirmDialog
      title={disable ? t('admin.staff.disable') : t('admin.staff.enable')}
      question={
        disable
          ? t('admin.staff.disableQuestion', { name: account.displayName })
          : t('admin.staff.enableQuestion', { name: account.displayName })
      }
      confirm={disable ? t('admin.staff.disable') : t('admin.staff.enable')}
      onConfirm={() => change.mutate({ id: account.id, active: !disable }, { onSuccess: onClose })}
      onClose={onClose}
      busy={change.isPending}
      error={change.error}
      destructive={disable}
    />
  );
}

function ResetDialog({
  account,
  onClose,
  onReset,
}: {
  account: StaffAccount;
  onClose: () => void;
  onReset: (shown: Shown) => void;
}) {
  const { t } = useI18n();
  const reset = useResetStaffPassword();
  return (
    <ConfirmDialog
      title={t('admin.staff.reset')}
      question={t('admin.staff.resetQuestion', { name: account.displayName })}
      confirm={t('admin.staff.reset')}
      onConfirm={() =>
        reset.mutate(account.id, {
          onSuccess: (answer) =>
            onReset({ account, temporaryPassword: answer.temporaryPassword, validUntil: answer.validUntil }),
        })
      }
      onClose={onClose}
      busy={reset.isPending}
      error={reset.error}
    />
  );
}
