import { Link } from 'react-router-dom';
import { AvailabilityBadge } from '../../../components/availability-badge';
import { Cover } from '../../../components/cover';
import type { TitleSummary } from '../../../lib/api';
import { titleAvailabilityText } from '../../../lib/availability';
import { formatAuthors } from '../../../lib/authors';
import { useI18n } from '../../../lib/i18n';

/** One search result: cover, title, authors, age group and "3 van 5 in de kast". The whole card is clickable. */
export function TitleCard({ title }: { title: TitleSummary }) {
  const { t, locale } = useI18n();
  const authors = formatAuthors(title.authors, locale);
  const meta = [t('ageGroup.years', { group: title.ageGroup })];
  if (title.readingLevel) meta.push(t('title.aviShort', { level: title.readingLevel }));
  return (
    <article className="title-card">
      <Cover title={title} decorative className="title-card__cover" />
      <div className="title-card__body">
        <h3 className="title-card__title">
          <Link to={`/titels/${title.id}`} className="title-card__link">
            {title.title}
          </Link>
        </h3>
        {title.subtitle ? <p className="title-card__subtitle">{title.subtitle}</p> : null}
        {authors ? <p className="title-card__authors">{authors}</p> : null}
        {title.series ? (
          <p className="title-card__series">
            {title.seriesNumber != null
              ? t('title.seriesNumber', { series: title.series, number: title.seriesNumber })
              : title.series}
          </p>
        ) : null}
        <p className="title-card__meta">{meta.join(' · ')}</p>
        <AvailabilityBadge available={title.copiesOnShelf > 0} text={titleAvailabilityText(title, locale)} />
      </div>
    </article>
  );
}
