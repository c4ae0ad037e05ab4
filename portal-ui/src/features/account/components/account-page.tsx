import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Facts, type Fact } from '../../../components/facts';
import { Loading, ProblemAlert } from '../../../components/status';
import type { Me } from '../../../lib/api';
import { formatLongDate } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { PASSWORD_PATH } from '../../../lib/return-to';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../api/use-me';
import { MyLoans } from './my-loans';
import { ParentNotifications } from './parent-notifications';

const ROLE_KEYS: Record<string, MessageKey> = {
  STUDENT: 'role.student',
  SCHOOL_STAFF: 'role.schoolStaff',
  LIBRARY_STAFF: 'role.libraryStaff',
  ADMIN: 'role.admin',
};

export interface AccountPageProps {
  /** The student's reservations (composed in by the router from the reservations feature). */
  reservations?: ReactNode;
}

/** /mijn-gegevens — for a student: reservations, loans, profile and the e-mails to the parents; for staff: who am I. */
export function AccountPage({ reservations }: AccountPageProps) {
  const { t } = useI18n();
  const me = useMe();
  useDocumentTitle(t('account.title'));
  return (
    <div className="page account-page">
      <h1>{t('account.title')}</h1>
      {me.isPending ? (
        <Loading />
      ) : me.isError && !me.data ? (
        <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
      ) : me.data.student ? (
        <>
          {reservations}
          <MyLoans />
          <section className="account-section" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t('account.profile')}</h2>
            <AccountDetails me={me.data} />
          </section>
          <ParentNotifications />
        </>
      ) : (
        <AccountDetails me={me.data} />
      )}
    </div>
  );
}

function AccountDetails({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const rows: Fact[] = [
    { label: t('account.name'), value: me.displayName },
    { label: t('account.username'), value: me.username },
    { label: t('account.role'), value: ROLE_KEYS[me.role] ? t(ROLE_KEYS[me.role] as MessageKey) : me.role },
  ];
  if (me.schoolName) rows.push({ label: t('account.school'), value: me.schoolName });
  if (me.locationName) rows.push({ label: t('account.location'), value: me.locationName });
  const student = me.student;
  if (student) {
    if (student.groupName) rows.push({ label: t('account.group'), value: student.groupName });
    rows.push({
      label: t('account.libraryLink'),
      value: student.libraryLink ? t('common.yes') : t('common.no'),
    });
    const membership = student.membership;
    rows.push({
      label: t('account.membership'),
      value: !membership
        ? t('account.noMembership')
        : membership.valid
          ? t('account.membershipValid', {
              branch: membership.homeBranchName,
              date: formatLongDate(membership.validUntil, locale),
            })
          : t('account.membershipExpired', { date: formatLongDate(membership.validUntil, locale) }),
    });
  }
  return (
    <>
      <Facts facts={rows} wide />
      <p>
        <Link to={PASSWORD_PATH}>{t('password.link')}</Link>
      </p>
    </>
  );
}
