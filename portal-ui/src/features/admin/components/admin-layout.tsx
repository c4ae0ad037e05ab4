import { Navigate, NavLink, Outlet } from 'react-router-dom';
import { useSession } from '../../../lib/auth-store';
import { useI18n } from '../../../lib/i18n';
import { PASSWORD_PATH } from '../../../lib/return-to';
import { staffPaths } from '../../../lib/staff';
import { sectionsFor } from './admin-sections';

/**
 * /balie/beheer/… — the administration (Beheer) with its own menu: the sections the staff member's role may use,
 * the school policy and the own password. Each section is a page of its own below the menu.
 */
export function AdminLayout() {
  const { t } = useI18n();
  const role = useSession()?.user.role;
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        <ul>
          {sectionsFor(role).map((section) => (
            <li key={section.to}>
              <NavLink to={section.to}>{t(section.label)}</NavLink>
            </li>
          ))}
          <li>
            <NavLink to={staffPaths.policy}>{t('admin.nav.policy')}</NavLink>
          </li>
          <li>
            <NavLink to={PASSWORD_PATH}>{t('admin.nav.password')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

/** /balie/beheer: the first section of the staff member's menu. */
export function AdminHome() {
  const role = useSession()?.user.role;
  const first = sectionsFor(role)[0];
  return <Navigate to={first?.to ?? staffPaths.policy} replace />;
}
