import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { useSession } from '../../../lib/auth-store';
import { useI18n } from '../../../lib/i18n';
import {
  NOTIFICATION_EVENTS,
  REMINDER_DAYS_MAX,
  REMINDER_DAYS_MIN,
  type NotificationEvent,
  type NotificationRule,
  type NotificationRuleChange,
  type NotificationRules,
  type NotificationRulesUpdate,
} from '../../../lib/notification-api';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOrganisations, useSchools } from '../api/use-admin';
import { useNotificationRules, useSaveNotificationRules } from '../api/use-notifications';
import { EVENT_KEYS, SOURCE_KEYS } from './notification-texts';
import { TemplatesSection } from './templates-section';

/**
 * /balie/beheer/meldingen — when parents get an e-mail about their child's reservations: the organisation's rules
 * (and a school's own choice where it differs), how many open days before the pickup-by day the reminder goes, and
 * the texts of the e-mails. Administrators choose the organisation (and a school); library staff work on their own
 * organisation and may pick one of its schools; school staff set their own school's choices and read the texts.
 */
export function NotificationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.notifications.title'));
  const user = useSession()?.user;
  const role = user?.role;
  const isSchoolStaff = role === 'SCHOOL_STAFF';
  const organisations = useOrganisations({ enabled: role === 'ADMIN' || role === 'LIBRARY_STAFF' });
  const schools = useSchools();
  const [chosenOrganisation, setChosenOrganisation] = useState<number | null>(null);
  const [chosenSchool, setChosenSchool] = useState<number | null>(null);

  const activeOrganisations = (organisations.data ?? []).filter((organisation) => organisation.active);
  const organisationId = isSchoolStaff
    ? (user?.organisationId ?? null)
    : role === 'LIBRARY_STAFF'
      ? (user?.organisationId ?? activeOrganisations[0]?.id ?? null)
      : (chosenOrganisation ?? activeOrganisations[0]?.id ?? null);
  const ownSchool = isSchoolStaff ? (user?.schoolId ?? schools.data?.[0]?.id ?? null) : null;
  const schoolId = isSchoolStaff ? ownSchool : chosenSchool;
  const schoolsOfOrganisation = (schools.data ?? []).filter(
    (school) => school.active && school.organisationId === organisationId,
  );
  const schoolName = (schools.data ?? []).find((school) => school.id === schoolId)?.name;
  const canEditTemplates = role === 'ADMIN' || role === 'LIBRARY_STAFF';

  return (
    <div className="page admin-page">
      <h1>{t('admin.notifications.title')}</h1>
      <p className="lead">{t('admin.notifications.intro')}</p>
      {isSchoolStaff ? (
        schoolName ? (
          <p>{t('admin.notifications.forSchool', { name: schoolName })}</p>
        ) : null
      ) : organisations.isPending || schools.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ProblemAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : (
        <fieldset className="admin-fieldset notification-scope">
          <legend>{t('admin.notifications.scope')}</legend>
          <div className="staff-form__grid">
            {role === 'ADMIN' ? (
              <Field id="notification-organisation" label={t('admin.field.organisation')}>
                {(control) => (
                  <select
                    {...control}
                    value={organisationId ?? ''}
                    onChange={(event) => {
                      setChosenOrganisation(Number(event.target.value));
                      setChosenSchool(null);
                    }}
                  >
                    {activeOrganisations.map((organisation) => (
                      <option key={organisation.id} value={organisation.id}>
                        {organisation.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <Field
              id="notification-school"
              label={t('admin.notifications.school')}
              hint={t('admin.notifications.schoolHint')}
            >
              {(control) => (
                <select
                  {...control}
                  value={chosenSchool ?? ''}
                  onChange={(event) =>
                    setChosenSchool(event.target.value ? Number(event.target.value) : null)
                  }
                >
                  <option value="">{t('admin.notifications.wholeOrganisation')}</option>
                  {schoolsOfOrganisation.map((school) => (
                    <option key={school.id} value={school.id}>
                      {school.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </fieldset>
      )}
      <section aria-labelledby="notification-rules-heading">
        <h2 id="notification-rules-heading">{t('admin.notifications.rules')}</h2>
        <RulesSection organisationId={organisationId} schoolId={schoolId} />
      </section>
      {organisationId != null ? (
        <TemplatesSection organisationId={organisationId} canEdit={canEditTemplates} />
      ) : null}
    </div>
  );
}

function RulesSection({
  organisationId,
  schoolId,
}: {
  organisationId: number | null;
  schoolId: number | null;
}) {
  const rules = useNotificationRules(organisationId, schoolId);
  if (organisationId == null && schoolId == null) return null;
  if (rules.isPending) return <Loading />;
  if (rules.isError && !rules.data) {
    return <ProblemAlert error={rules.error} onRetry={() => void rules.refetch()} />;
  }
  return (
    <RulesForm
      // A fresh form for each organisation or school.
      key={`${rules.data.organisationId}-${rules.data.schoolId ?? 'org'}`}
      rules={rules.data}
    />
  );
}

/** A school's choice for one event: what the organisation says, or its own on/off. */
export type SchoolChoice = 'inherit' | 'on' | 'off';

interface RuleState {
  enabled: boolean;
  choice: SchoolChoice;
  reminderOpenDays: number;
}

function initialState(rules: NotificationRules): Record<NotificationEvent, RuleState> {
  const byEvent = new Map(rules.rules.map((rule) => [rule.event, rule]));
  return Object.fromEntries(
    NOTIFICATION_EVENTS.map((event) => {
      const rule = byEvent.get(event);
      return [
        event,
        {
          enabled: rule?.enabled ?? false,
          choice: rule?.source !== 'SCHOOL' ? 'inherit' : rule.enabled ? 'on' : 'off',
          reminderOpenDays: rule?.reminderOpenDays ?? REMINDER_DAYS_MIN,
        },
      ];
    }),
  ) as Record<NotificationEvent, RuleState>;
}

/**
 * The PUT body of the form's state. A school leaves `enabled` out where it follows the organisation (the contract: no
 * value removes the school's override); an organisation leaves it out for an event still on its default that was not
 * changed here, so saving does not turn defaults into rules of its own. `reminderOpenDays` goes only with a
 * PICKUP_REMINDER rule that is set (left out: unchanged).
 */
export function rulesUpdate(
  rules: NotificationRules,
  state: Record<NotificationEvent, RuleState>,
): NotificationRulesUpdate {
  const forSchool = rules.schoolId != null;
  const byEvent = new Map(rules.rules.map((rule) => [rule.event, rule]));
  return {
    organisationId: rules.organisationId,
    ...(rules.schoolId != null ? { schoolId: rules.schoolId } : {}),
    rules: NOTIFICATION_EVENTS.map((event): NotificationRuleChange => {
      const rule = state[event];
      const before = byEvent.get(event);
      const untouchedDefault =
        before?.source === 'DEFAULT' &&
        before.enabled === rule.enabled &&
        (event !== 'PICKUP_REMINDER' ||
          (before.reminderOpenDays ?? REMINDER_DAYS_MIN) === rule.reminderOpenDays);
      const enabled = forSchool
        ? rule.choice === 'inherit'
          ? undefined
          : rule.choice === 'on'
        : untouchedDefault
          ? undefined
          : rule.enabled;
      if (enabled === undefined) return { event };
      return event === 'PICKUP_REMINDER'
        ? { event, enabled, reminderOpenDays: rule.reminderOpenDays }
        : { event, enabled };
    }),
  };
}

const REMINDER_DAYS = Array.from(
  { length: REMINDER_DAYS_MAX - REMINDER_DAYS_MIN + 1 },
  (_, i) => REMINDER_DAYS_MIN + i,
);

/** The five events, each on or off (a school: or as the organisation says), and the reminder's open days. */
export function RulesForm({ rules }: { rules: NotificationRules }) {
  const { t } = useI18n();
  const save = useSaveNotificationRules();
  const [state, setState] = useState(() => initialState(rules));
  const forSchool = rules.schoolId != null;
  const byEvent = new Map(rules.rules.map((rule) => [rule.event, rule]));
  const change = (event: NotificationEvent, patch: Partial<RuleState>) => {
    save.reset();
    setState((before) => ({ ...before, [event]: { ...before[event], ...patch } }));
  };
  const reminder = state.PICKUP_REMINDER;
  const reminderOn = forSchool ? reminder.choice !== 'inherit' : reminder.enabled;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(rulesUpdate(rules, state));
  };

  return (
    <form className="form staff-form admin-form notification-rules" onSubmit={submit} noValidate>
      <fieldset className="admin-fieldset">
        <legend>
          {t(forSchool ? 'admin.notifications.legendSchool' : 'admin.notifications.legendOrganisation')}
        </legend>
        {NOTIFICATION_EVENTS.map((event) => {
          const rule = byEvent.get(event);
          const hint = rule ? sourceHint(rule) : undefined;
          return forSchool ? (
            <Field key={event} id={`rule-${event}`} label={t(EVENT_KEYS[event])} hint={hint}>
              {(control) => (
                <select
                  {...control}
                  value={state[event].choice}
                  onChange={(e) => change(event, { choice: e.target.value as SchoolChoice })}
                >
                  <option value="inherit">
                    {rule && rule.source !== 'SCHOOL'
                      ? t(rule.enabled ? 'admin.notifications.inheritOn' : 'admin.notifications.inheritOff')
                      : t('admin.notifications.inherit')}
                  </option>
                  <option value="on">{t('admin.notifications.on')}</option>
                  <option value="off">{t('admin.notifications.off')}</option>
                </select>
              )}
            </Field>
          ) : (
            <Field key={event} id={`rule-${event}`} label={t(EVENT_KEYS[event])} hint={hint} kind="checkbox">
              {(control) => (
                <input
                  {...control}
                  type="checkbox"
                  checked={state[event].enabled}
                  onChange={(e) => change(event, { enabled: e.target.checked })}
                />
              )}
            </Field>
          );
        })}
      </fieldset>
      <Field
        id="rule-reminder-days"
        label={t('admin.notifications.reminderDays')}
        hint={t(reminderOn ? 'admin.notifications.reminderDaysHint' : 'admin.notifications.reminderDaysOff')}
      >
        {(control) => (
          <select
            {...control}
            value={reminder.reminderOpenDays}
            disabled={!reminderOn}
            onChange={(e) => change('PICKUP_REMINDER', { reminderOpenDays: Number(e.target.value) })}
          >
            {REMINDER_DAYS.map((days) => (
              <option key={days} value={days}>
                {t('admin.notifications.openDays', { count: days })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {save.isError ? <ProblemAlert error={save.error} /> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('admin.notifications.save')}
      </button>
      <p role="status" className="staff-panel__saved" data-testid="rules-result">
        {save.isSuccess ? t('admin.notifications.saved') : ''}
      </p>
    </form>
  );

  function sourceHint(rule: NotificationRule): string {
    return t(SOURCE_KEYS[rule.source]);
  }
}
