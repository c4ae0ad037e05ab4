import { Link } from 'react-router-dom';
import { AvailabilityBadge } from '../../../components/availability-badge';
import { Cover } from '../../../components/cover';
import type { TitleSummary } from '../../../lib/api';
import { titleAvailabilityText } from '../../../lib/availability';
import { formatAuthors } from '../../../lib/authors';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';
import { useI18n } from '../../../lib/i18n';
import { SeriesText } from './series-text';

/** One search result: cover, title, authors, age group and "3 van 5 in de kast". The whole card is clickable. */
export function TitleCard({ title }: { title: TitleSummary }) {
  const { t, locale } = useI18n();
  const authors = formatAuthors(title.authors, locale);
  // A title from a library's catalogue record may have no age group.
  const meta = title.ageGroup != null ? [t('ageGroup.years', { group: title.ageGroup })] : [];
  if (title.readingLevel) meta.push(t('title.aviShort', { level: title.readingLevel }));
  return (
    <article className="title-card">
      <Cover title={title} decorative className="title-card__cover" />
      <div className="title-card__body">
        <h3 className="title-card__title">
          <Link to={`/titels/${title.id}`} className="title-card__link" lang={CATALOGUE_LANG}>
            {title.title}
          </Link>
        </h3>
        {title.subtitle ? (
          <p className="title-card__subtitle" lang={CATALOGUE_LANG}>
            {title.subtitle}
          </p>
        ) : null}
        {authors ? (
          <p className="title-card__authors" lang={CATALOGUE_LANG}>
            {authors}
          </p>
        ) : null}
        {title.series ? (
          <p className="title-card__series">
            <SeriesText series={title.series} number={title.seriesNumber} />
          </p>
        ) : null}
        {meta.length > 0 ? <p className="title-card__meta">{meta.join(' · ')}</p> : null}
        <AvailabilityBadge available={title.copiesOnShelf > 0} text={titleAvailabilityText(title, locale)} />
      </div>
    </article>
  );
}
