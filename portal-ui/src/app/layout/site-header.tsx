import { Link, NavLink } from 'react-router-dom';
import { UserMenu } from '../../features/auth/components/user-menu';
import { MessagesNavItem } from '../../features/messages/components/messages-nav-item';
import { useI18n } from '../../lib/i18n';
import { LanguageSwitch } from './language-switch';
import { StaffNav, StaffOnlyNotice } from './staff-nav';

export function SiteHeader() {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/zoeken" className="brand">
          <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect x="3" y="6" width="7" height="22" rx="1.5" fill="#ffd166" />
            <rect x="12" y="3" width="7" height="25" rx="1.5" fill="#ffffff" />
            <rect x="21" y="8" width="7" height="20" rx="1.5" fill="#8fd3c9" transform="rotate(8 24.5 18)" />
          </svg>
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/zoeken">{t('nav.search')}</NavLink>
            </li>
            <li>
              <NavLink to="/snuffelen">{t('nav.themes')}</NavLink>
            </li>
            <li>
              <NavLink to="/kast">{t('nav.shelf')}</NavLink>
            </li>
            <MessagesNavItem />
          </ul>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
      <StaffNav />
      <StaffOnlyNotice />
    </header>
  );
}
