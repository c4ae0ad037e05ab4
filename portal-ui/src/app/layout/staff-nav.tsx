import { NavLink, useLocation } from 'react-router-dom';
import { useSession } from '../../lib/auth-store';
import { useI18n } from '../../lib/i18n';
import { adminPaths, hasStaffOnlyNotice, isStaffRole, staffPaths } from '../../lib/staff';

/**
 * The desk menu (Innemen, Uitlenen, Afhaalplank, Wachtrijen, …, Beheer), only for staff roles, and not while the
 * staff member still has to choose a password.
 */
export function StaffNav() {
  const { t } = useI18n();
  const session = useSession();
  if (!session || !isStaffRole(session.user.role) || session.user.mustChangePassword) return null;
  const links = [
    { to: staffPaths.checkIn, label: t('staff.nav.checkIn') },
    { to: staffPaths.checkOut, label: t('staff.nav.checkOut') },
    { to: staffPaths.holdShelf, label: t('staff.nav.holdShelf') },
    { to: staffPaths.queueSearch, label: t('staff.nav.queue') },
    { to: staffPaths.copyLookup, label: t('staff.nav.copies') },
    { to: staffPaths.catalogue, label: t('staff.nav.catalogue') },
    { to: staffPaths.seriesMutations, label: t('staff.nav.series') },
    { to: staffPaths.collections, label: t('staff.nav.collections') },
    { to: staffPaths.specialPasses, label: t('staff.nav.passes') },
    { to: staffPaths.policy, label: t('staff.nav.policy') },
    { to: adminPaths.home, label: t('staff.nav.admin') },
  ];
  return (
    <nav className="staff-nav" aria-label={t('staff.nav.label')}>
      <div className="staff-nav__inner">
        <span className="staff-nav__heading" aria-hidden="true">
          {t('staff.nav.heading')}
        </span>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to}>{link.label}</NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** Shown after RequireStaff sent a non-staff user away from a staff page. */
export function StaffOnlyNotice() {
  const { t } = useI18n();
  const location = useLocation();
  if (!hasStaffOnlyNotice(location.state)) return null;
  return (
    <div className="staff-only-notice" role="alert">
      <p>{t('staff.onlyStaff')}</p>
    </div>
  );
}
