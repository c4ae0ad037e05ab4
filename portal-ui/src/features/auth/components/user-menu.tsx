import { Link, useLocation, useNavigate } from 'react-router-dom';
import { loginPath } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { useI18n } from '../../../lib/i18n';
import { HOME_PATH } from '../../../lib/return-to';
import { useLogout } from '../api/use-login';

/** Header corner: "Inloggen", or the user's name (to Mijn gegevens) and "Uitloggen". */
export function UserMenu() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  if (!session) {
    const here = `${location.pathname}${location.search}`;
    return (
      <Link
        className="button button--header"
        to={location.pathname === '/inloggen' ? '/inloggen' : loginPath(here)}
      >
        {t('auth.login')}
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <Link className="user-menu__name" to="/mijn-gegevens" data-testid="user-name">
        <span className="visually-hidden">{t('auth.loggedInAs')} </span>
        {session.user.displayName}
      </Link>
      <button
        type="button"
        className="button button--header"
        onClick={() => {
          logout();
          navigate(HOME_PATH);
        }}
      >
        {t('auth.logout')}
      </button>
    </div>
  );
}
