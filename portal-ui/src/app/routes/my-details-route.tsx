import { Loading } from '../../components/status';
import { useSession } from '../../lib/auth-store';
import { useI18n } from '../../lib/i18n';
import { useMe } from '../../lib/queries/use-me';
import { AccountPage } from '../../features/account/components/account-page';
import { useMyLoans } from '../../features/account/api/use-my-loans';
import { useMyNotifications } from '../../features/account/api/use-my-notifications';
import { MyReservations } from '../../features/reservations/components/my-reservations';
import { useMyReservations } from '../../features/reservations/api/use-my-reservations';
import { RequireAuth } from './require-auth';

/** /mijn-gegevens: the profile and loans (account) with the reservations composed in. */
export function MyDetailsRoute() {
  const session = useSession();
  return <RequireAuth>{session?.user.role === 'STUDENT' ? <StudentDetails /> : <AccountPage />}</RequireAuth>;
}

/**
 * A student's page appears at once when the profile, the reservations, the loans and the e-mails to the parents are
 * all there (each section then reads its query from the cache), so no section pushes the next one down while it loads.
 */
function StudentDetails() {
  const { t } = useI18n();
  const me = useMe();
  const reservations = useMyReservations();
  const loans = useMyLoans();
  const notifications = useMyNotifications();
  if (me.isPending || reservations.isPending || loans.isPending || notifications.isPending) {
    return (
      <div className="page account-page">
        <h1>{t('account.title')}</h1>
        <Loading />
      </div>
    );
  }
  return <AccountPage reservations={<MyReservations />} />;
}
