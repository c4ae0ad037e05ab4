import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Loading, ProblemAlert } from '../../../components/status';
import type { SchoolPolicy } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';
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
        <div className="field">
          <label htmlFor="policy-school">{t('staff.policy.school')}</label>
          <select
            id="policy-school"
            value={schoolId ?? ''}
            onChange={(event) => setParams({ school: event.target.value }, { replace: true })}
          >
            {schools.map((school) => (
              <option key={school.id} value={String(school.schoolId)}>
                {school.name}
              </option>
            ))}
          </select>
        </div>
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
      <dl className="facts facts--wide" data-testid="policy">
        <div className="facts__row">
          <dt>{t('staff.policy.reserveAtSchool')}</dt>
          <dd>{yesNo(policy.reserveAtSchool)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('staff.policy.reserveAtBranches')}</dt>
          <dd>{yesNo(policy.reserveAtBranches)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('staff.policy.schoolOnlyCheckedOut')}</dt>
          <dd>{yesNo(policy.schoolOnlyCheckedOut)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('staff.policy.maxActive')}</dt>
          <dd>{policy.maxActiveReservations}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('staff.policy.pickupDays')}</dt>
          <dd>{policy.pickupDays}</dd>
        </div>
      </dl>
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

function PolicyForm({ policy }: { policy: SchoolPolicy }) {
  const { t, locale } = useI18n();
  const [atSchool, setAtSchool] = useState(policy.reserveAtSchool);
  const [atBranches, setAtBranches] = useState(policy.reserveAtBranches);
  const [onlyOut, setOnlyOut] = useState(policy.schoolOnlyCheckedOut);
  const [max, setMax] = useState(String(policy.maxActiveReservations));
  const [days, setDays] = useState(String(policy.pickupDays));
  const [errors, setErrors] = useState<{ max?: MessageKey; days?: MessageKey }>({});
  const save = useUpdateSchoolPolicy(policy.schoolId);
  const saved = save.data ?? policy;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const maxN = Number(max);
    const daysN = Number(days);
    const found: { max?: MessageKey; days?: MessageKey } = {};
    if (!Number.isInteger(maxN) || maxN < 1 || maxN > 50) found.max = 'staff.policy.maxInvalid';
    if (!Number.isInteger(daysN) || daysN < 1 || daysN > 60) found.days = 'staff.policy.daysInvalid';
    setErrors(found);
    if (found.max || found.days) return;
    save.mutate({
      reserveAtSchool: atSchool,
      reserveAtBranches: atBranches,
      schoolOnlyCheckedOut: onlyOut,
      maxActiveReservations: maxN,
      pickupDays: daysN,
    });
  };

  const checkbox = (id: string, label: MessageKey, checked: boolean, set: (value: boolean) => void) => (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => set(event.target.checked)} />
      <label htmlFor={id}>{t(label)}</label>
    </div>
  );

  return (
    <form className="form staff-form" onSubmit={submit} noValidate>
      <h2>{policy.schoolName}</h2>
      {checkbox('policy-at-school', 'staff.policy.reserveAtSchool', atSchool, setAtSchool)}
      {checkbox('policy-at-branches', 'staff.policy.reserveAtBranches', atBranches, setAtBranches)}
      {checkbox('policy-only-out', 'staff.policy.schoolOnlyCheckedOut', onlyOut, setOnlyOut)}
      <div className="staff-form__grid">
        <div className="field">
          <label htmlFor="policy-max">{t('staff.policy.maxActive')}</label>
          <input
            id="policy-max"
            type="number"
            min={1}
            max={50}
            value={max}
            onChange={(event) => setMax(event.target.value)}
            aria-invalid={errors.max ? true : undefined}
            aria-describedby={errors.max ? 'policy-max-error' : undefined}
          />
          {errors.max ? (
            <p id="policy-max-error" className="field__error">
              {t(errors.max)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="policy-days">{t('staff.policy.pickupDays')}</label>
          <input
            id="policy-days"
            type="number"
            min={1}
            max={60}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            aria-invalid={errors.days ? true : undefined}
            aria-describedby={errors.days ? 'policy-days-error' : undefined}
          />
          {errors.days ? (
            <p id="policy-days-error" className="field__error">
              {t(errors.days)}
            </p>
          ) : null}
        </div>
      </div>
      {!atSchool && !atBranches ? <p className="hint">{t('staff.policy.noneAllowed')}</p> : null}
      {save.isError ? <ProblemAlert error={save.error} /> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('staff.block.save')}
      </button>
      <p className="staff-panel__saved" role="status">
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
