import { NavLink } from 'react-router-dom';
import { useSession } from '../../../lib/auth-store';
import { useI18n } from '../../../lib/i18n';
import { useUnreadCount } from '../api/use-messages';

/** "Berichten" in the main menu, for students, with the number of unread messages as a badge. */
export function MessagesNavItem() {
  const { t } = useI18n();
  const session = useSession();
  const student = session?.user.role === 'STUDENT';
  const unread = useUnreadCount(student);
  if (!student) return null;
  const count = unread.data ?? 0;
  return (
    <li>
      <NavLink to="/berichten" className="nav-messages">
        {t('nav.messages')}
        {count > 0 ? (
          <>
            {' '}
            <span className="nav-badge" data-testid="unread-badge">
              <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
              <span className="visually-hidden">{t('nav.unread', { count })}</span>
            </span>
          </>
        ) : null}
      </NavLink>
    </li>
  );
}
