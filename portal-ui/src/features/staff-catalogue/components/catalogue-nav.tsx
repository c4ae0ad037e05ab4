import { NavLink } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';
import { staffPaths } from '../../../lib/staff';

/** The two ways into the catalogue: a title by hand (ISBN first), or a file. */
export function CatalogueNav() {
  const { t } = useI18n();
  return (
    <nav className="catalogue-nav" aria-label={t('staff.catalogue.navLabel')}>
      <ul>
        <li>
          <NavLink to={staffPaths.catalogue} end>
            {t('staff.catalogue.byHand')}
          </NavLink>
        </li>
        <li>
          <NavLink to={staffPaths.catalogueImport}>{t('staff.catalogue.import.nav')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
