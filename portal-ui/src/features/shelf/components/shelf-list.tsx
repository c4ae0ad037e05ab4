import { Link } from 'react-router-dom';
import { AvailabilityBadge } from '../../../components/availability-badge';
import { Cover } from '../../../components/cover';
import type { ShelfEntry } from '../../../lib/api';
import { firstAuthor } from '../../../lib/authors';
import { titleAvailabilityText } from '../../../lib/availability';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';
import { useI18n } from '../../../lib/i18n';
import { SpineLabel } from './spine-label';

/** Titles in shelf-mark order, each with its spine label, as they stand in the cupboard. */
export function ShelfList({ entries, start }: { entries: ShelfEntry[]; start: number }) {
  const { locale } = useI18n();
  return (
    <ol className="shelf" start={start + 1}>
      {entries.map((entry) => (
        <li key={`${entry.shelfMark}-${entry.title.id}`} className="shelf__item">
          <Link className="shelf-book" to={`/titels/${entry.title.id}`}>
            <span className="shelf-book__cover">
              <Cover title={entry.title} decorative />
              <SpineLabel shelfMark={entry.shelfMark} />
            </span>
            <span className="shelf-book__title" lang={CATALOGUE_LANG}>
              {entry.title.title}
            </span>
            {firstAuthor(entry.title.authors) ? (
              <span className="shelf-book__author" lang={CATALOGUE_LANG}>
                {firstAuthor(entry.title.authors)}
              </span>
            ) : null}
          </Link>
          <AvailabilityBadge
            available={entry.onShelf > 0}
            text={titleAvailabilityText({ copiesTotal: entry.copies, copiesOnShelf: entry.onShelf }, locale)}
          />
        </li>
      ))}
    </ol>
  );
}
