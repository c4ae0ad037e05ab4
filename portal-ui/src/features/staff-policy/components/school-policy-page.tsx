import { useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { Facts } from '../../../components/facts';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import type { SchoolPolicy } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';
import { messageKey, useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useAllLocations } from '../../../lib/queries/use-staff-lookups';
import { formatDeskDateTime, isLibraryStaffRole } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSchoolPolicy, useUpdateSchoolPolicy } from '../api/use-school-policy';

/**
 * /balie/schoolbeleid?school=… — what students of a school may reserve: in the school library, in the
 * branches, only checked-out copies at school, the maximum of active reservations, the pickup period.
 * School staff see their own school's; library staff choose a school and change it.
 */
export function SchoolPolicyPage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.policy.title'));
  const session = useSession();
  const canEdit = isLibraryStaffRole(session?.user.role);
  const locations = useAllLocations();
  const [params, setParams] = useSearchParams();
  const schools = (locations.data ?? []).filter((l) => l.kind === 'SCHOOL_LIBRARY' && l.schoolId != null);
  const fromUrl = Number(params.get('school'));
  const schoolId =
    Number.isSafeInteger(fromUrl) && fromUrl > 0
      ? fromUrl
      : (session?.user.schoolId ?? (canEdit ? (schools[0]?.schoolId ?? null) : null));
  const policy = useSchoolPolicy(schoolId);

  return (
    <div className="page page--narrow staff-policy">
      <h1>{t('staff.policy.title')}</h1>
      <p className="lead">{t('staff.policy.intro')}</p>
      {canEdit && schools.length > 0 ? (
        <Field id="policy-school" label={t('staff.policy.school')}>
          {(control) => (
            <select
              {...control}
              value={schoolId ?? ''}
              onChange={(event) => setParams({ school: event.target.value }, { replace: true })}
            >
              {schools.map((school) => (
                <option key={school.id} value={String(school.schoolId)}>
                  {school.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {schoolId == null ? (
        <p className="empty-state">{t('staff.policy.noSchool')}</p>
      ) : policy.isPending ? (
        <Loading />
      ) : policy.isError && !policy.data ? (
        <ProblemAlert error={policy.error} onRetry={() => void policy.refetch()} />
      ) : canEdit ? (
        <PolicyForm key={policy.data.schoolId} policy={policy.data} />
      ) : (
        <PolicyView policy={policy.data} />
      )}
    </div>
  );
}

function PolicyView({ policy }: { policy: SchoolPolicy }) {
  const { t, locale } = useI18n();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <>
      <h2>{policy.schoolName}</h2>
      <Facts
        wide
        testId="policy"
        facts={[
          { label: t('staff.policy.reserveAtSchool'), value: yesNo(policy.reserveAtSchool) },
          { label: t('staff.policy.reserveAtBranches'), value: yesNo(policy.reserveAtBranches) },
          { label: t('staff.policy.schoolOnlyCheckedOut'), value: yesNo(policy.schoolOnlyCheckedOut) },
          { label: t('staff.policy.maxActive'), value: policy.maxActiveReservations },
          { label: t('staff.policy.pickupDays'), value: policy.pickupDays },
        ]}
      />
      {policy.updatedBy ? (
        <p className="hint">
          {t('staff.policy.updated', {
            by: policy.updatedBy,
            at: policy.updatedAt ? formatDeskDateTime(policy.updatedAt, locale) : '—',
          })}
        </p>
      ) : null}
      <p className="hint">{t('staff.policy.readOnly')}</p>
    </>
  );
}

/** A whole number from `min` to `max`, typed in a number field (a string until checked). */
function wholeNumber(min: number, max: number, invalid: MessageKey) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, messageKey(invalid))
    .transform(Number)
    .refine((value) => value >= min && value <= max, messageKey(invalid));
}

const policySchema = z.object({
  reserveAtSchool: z.boolean(),
  reserveAtBranches: z.boolean(),
  schoolOnlyCheckedOut: z.boolean(),
  maxActiveReservations: wholeNumber(1, 50, 'staff.policy.maxInvalid'),
  pickupDays: wholeNumber(1, 60, 'staff.policy.daysInvalid'),
});

const POLICY_CHECKBOXES = [
  ['reserveAtSchool', 'policy-at-school', 'staff.policy.reserveAtSchool'],
  ['reserveAtBranches', 'policy-at-branches', 'staff.policy.reserveAtBranches'],
  ['schoolOnlyCheckedOut', 'policy-only-out', 'staff.policy.schoolOnlyCheckedOut'],
] as const;

function PolicyForm({ policy }: { policy: SchoolPolicy }) {
  const { t, locale } = useI18n();
  const form = useSchemaForm(policySchema, {
    defaultValues: {
      reserveAtSchool: policy.reserveAtSchool,
      reserveAtBranches: policy.reserveAtBranches,
      schoolOnlyCheckedOut: policy.schoolOnlyCheckedOut,
      maxActiveReservations: String(policy.maxActiveReservations),
      pickupDays: String(policy.pickupDays),
    },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const save = useUpdateSchoolPolicy(policy.schoolId);
  const saved = save.data ?? policy;
  const savedRef = useRef<HTMLParagraphElement>(null);
  useFocusWhen(save.isSuccess, save.submittedAt, savedRef);
  const [atSchool, atBranches] = form.watch(['reserveAtSchool', 'reserveAtBranches']);

  const submit = form.handleSubmit((request) => save.mutate(request));

  return (
    <form className="form staff-form" onSubmit={submit} noValidate>
      <h2>{policy.schoolName}</h2>
      {POLICY_CHECKBOXES.map(([name, id, label]) => (
        <Field key={name} id={id} label={t(label)} kind="checkbox">
          {(control) => <input {...control} {...form.register(name)} type="checkbox" />}
        </Field>
      ))}
      <div className="staff-form__grid">
        <Field
          id="policy-max"
          label={t('staff.policy.maxActive')}
          error={errorText(errors.maxActiveReservations)}
          required
        >
          {(control) => (
            <input {...control} {...form.register('maxActiveReservations')} type="number" min={1} max={50} />
          )}
        </Field>
        <Field
          id="policy-days"
          label={t('staff.policy.pickupDays')}
          error={errorText(errors.pickupDays)}
          required
        >
          {(control) => (
            <input {...control} {...form.register('pickupDays')} type="number" min={1} max={60} />
          )}
        </Field>
      </div>
      {!atSchool && !atBranches ? <p className="hint">{t('staff.policy.noneAllowed')}</p> : null}
      {save.isError ? <ProblemAlert error={save.error} /> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('staff.block.save')}
      </button>
      <p ref={savedRef} className="staff-panel__saved" role="status" tabIndex={-1}>
        {save.isSuccess ? t('staff.policy.saved') : ''}
      </p>
      {saved.updatedBy ? (
        <p className="hint">
          {t('staff.policy.updated', {
            by: saved.updatedBy,
            at: saved.updatedAt ? formatDeskDateTime(saved.updatedAt, locale) : '—',
          })}
        </p>
      ) : null}
    </form>
  );
}
