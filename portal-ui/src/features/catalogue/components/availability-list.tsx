import type { TitleAvailability } from '../../../lib/api';
import { hasOnShelf, locationAvailabilityText } from '../../../lib/availability';
import { useI18n } from '../../../lib/i18n';
import { LocationKindTag } from './location-kind-tag';

/** Per location, in plain words: "2 van de 3 in de kast", "uitgeleend tot vrijdag 4 december". School library first. */
export function AvailabilityList({
  availability,
  empty,
}: {
  availability: TitleAvailability[];
  empty: string;
}) {
  const { locale } = useI18n();
  if (availability.length === 0) return <p>{empty}</p>;
  const sorted = [...availability].sort(
    (a, b) =>
      kindOrder(a.locationKind) - kindOrder(b.locationKind) ||
      a.locationName.localeCompare(b.locationName, locale),
  );
  return (
    <ul className="availability-list">
      {sorted.map((entry) => (
        <li
          key={entry.locationId}
          className={`availability-list__item ${hasOnShelf(entry) ? 'is-available' : 'is-unavailable'}`}
        >
          <span className="availability-list__where">
            <span className="availability-list__name">{entry.locationName}</span>
            <LocationKindTag kind={entry.locationKind} />
          </span>
          <span className="availability-list__what">
            <span className="availability__dot" aria-hidden="true" />
            {locationAvailabilityText(entry, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function kindOrder(kind: TitleAvailability['locationKind']): number {
  return kind === 'SCHOOL_LIBRARY' ? 0 : 1;
}
