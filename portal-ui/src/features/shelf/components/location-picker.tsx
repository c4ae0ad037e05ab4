import { Link } from 'react-router-dom';
import type { Location } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';

/** The locations grouped as people think of them: school libraries, then library branches. */
export function LocationPicker({ locations, currentId }: { locations: Location[]; currentId?: number }) {
  const { t, locale } = useI18n();
  const byName = (a: Location, b: Location) => a.name.localeCompare(b.name, locale);
  const groups = [
    {
      key: 'school',
      title: t('shelf.schoolLibraries'),
      items: locations.filter((l) => l.kind === 'SCHOOL_LIBRARY'),
    },
    {
      key: 'branch',
      title: t('shelf.branches'),
      items: locations.filter((l) => l.kind !== 'SCHOOL_LIBRARY'),
    },
  ].filter((group) => group.items.length > 0);

  return (
    <div className="location-picker">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`locations-${group.key}`}>
          <h2 id={`locations-${group.key}`}>{group.title}</h2>
          <ul className="location-list">
            {[...group.items].sort(byName).map((location) => (
              <li key={location.id}>
                <Link
                  className="location-card"
                  to={`/kast/${location.id}`}
                  aria-current={location.id === currentId ? 'page' : undefined}
                >
                  <span className="location-card__name">{location.name}</span>
                  {location.city ? <span className="location-card__city">{location.city}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
