import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router-dom';
import { Cover } from '../../../components/cover';
import { Facts, type Fact } from '../../../components/facts';
import { NotFound } from '../../../components/not-found';
import { Loading, ProblemAlert, RefreshFailed } from '../../../components/status';
import type { TitleDetail } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { titleAvailabilityText } from '../../../lib/availability';
import { formatAuthors } from '../../../lib/authors';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';
import { useI18n } from '../../../lib/i18n';
import { themeLang, themeName } from '../../../lib/theme-name';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOwnSchoolPlaces } from '../api/use-own-school-places';
import { useReservationOptions } from '../api/use-reservation-options';
import { useTitle } from '../api/use-title';
import { AvailabilityList } from './availability-list';
import { CopiesTable } from './copies-table';
import { ReservationOptions } from './reservation-options';
import { SeriesText } from './series-text';

/**
 * /titels/:id — a child sees where the book stands at their own school; staff also see every copy. The page shows a
 * skeleton of its own size until everything it shows first is there (the title, and for a student the own school
 * and the reserve options), so nothing jumps when the data arrives.
 */
export function TitleDetailPage() {
  const { id: rawId } = useParams();
  const id = Number(rawId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const session = useSession();
  const studentId = session?.user.role === 'STUDENT' ? session.user.id : null;
  const title = useTitle(id);
  const own = useOwnSchoolPlaces(studentId != null);
  const options = useReservationOptions(id, studentId);
  const { t } = useI18n();
  useDocumentTitle(title.data?.title ?? t('title.documentTitle'));

  if (!valid || (title.error instanceof ApiError && title.error.status === 404)) return <NotFound />;
  if (title.isPending || own.loading || (options.isPending && options.fetchStatus !== 'idle')) {
    return <TitleDetailSkeleton />;
  }
  if (title.isError && !title.data) {
    return (
      <div className="page">
        <h1>{t('title.documentTitle')}</h1>
        <ProblemAlert error={title.error} onRetry={() => void title.refetch()} />
      </div>
    );
  }
  return (
    <TitleDetailView
      title={title.data}
      places={own.places}
      showCopies={session != null && session.user.role !== 'STUDENT'}
      refreshFailed={title.isError}
    />
  );
}

/** The page's frame while it loads: the cover's box and the heading's place, so the content lands where it stays. */
function TitleDetailSkeleton() {
  return (
    <div className="page title-detail">
      <div className="title-detail__main">
        <div className="title-detail__cover">
          <div className="cover skeleton" />
        </div>
        <div className="title-detail__info">
          <div className="skeleton skeleton--heading" />
          <Loading />
        </div>
      </div>
    </div>
  );
}

interface TitleDetailViewProps {
  title: TitleDetail;
  /** Only these locations (a student's own school); null: all of them. */
  places: ReadonlySet<number> | null;
  /** Every copy with barcode, shelf mark and collection: for staff only. */
  showCopies: boolean;
  /** Loaded before, but the latest refresh failed: keep showing it, with a note. */
  refreshFailed?: boolean;
}

export function TitleDetailView({ title, places, showCopies, refreshFailed = false }: TitleDetailViewProps) {
  const { t, locale } = useI18n();
  const authors = formatAuthors(title.authors, locale);
  const facts: Fact[] = [];
  if (title.series) {
    facts.push({
      label: t('title.series'),
      value: <SeriesText series={title.series} number={title.seriesNumber} />,
    });
  }
  // A title from a library's catalogue record may have no age group (or no ISBN): then the fact is left out.
  if (title.ageGroup != null) {
    facts.push({ label: t('title.ageGroup'), value: t('ageGroup.years', { group: title.ageGroup }) });
  }
  if (title.readingLevel) facts.push({ label: t('title.readingLevel'), value: title.readingLevel });
  if (title.publicationYear != null)
    facts.push({ label: t('title.year'), value: String(title.publicationYear) });
  if (title.isbn) facts.push({ label: t('title.isbn'), value: title.isbn });

  return (
    <div className="page title-detail">
      {refreshFailed ? <RefreshFailed /> : null}
      <article className="title-detail__main">
        <div className="title-detail__cover">
          <Cover title={title} eager />
        </div>
        <div className="title-detail__info">
          <h1 className="title-detail__title" lang={CATALOGUE_LANG}>
            {title.title}
          </h1>
          {title.subtitle ? (
            <p className="title-detail__subtitle" lang={CATALOGUE_LANG}>
              {title.subtitle}
            </p>
          ) : null}
          {authors ? (
            <p className="title-detail__authors">
              <FormattedMessage
                id="title.by"
                values={{ authors: <span lang={CATALOGUE_LANG}>{authors}</span> }}
              />
            </p>
          ) : null}
          <p className={`availability ${title.copiesOnShelf > 0 ? 'availability--yes' : 'availability--no'}`}>
            <span className="availability__dot" aria-hidden="true" />
            {titleAvailabilityText(title, locale)}
          </p>
          <Facts facts={facts} />
          {title.themes.length > 0 ? (
            <div className="title-detail__themes">
              <ul className="chips" aria-label={t('title.themes')}>
                {title.themes.map((theme) => (
                  <li key={theme.code}>
                    <Link
                      className="chip"
                      to={`/snuffelen/${encodeURIComponent(theme.code)}`}
                      lang={themeLang(theme, locale)}
                    >
                      {themeName(theme, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ReservationOptions title={title} />
          <section className="title-detail__description" aria-labelledby="description-heading">
            <h2 id="description-heading">{t('title.description')}</h2>
            {title.description ? (
              <p lang={CATALOGUE_LANG}>{title.description}</p>
            ) : (
              <p>{t('title.noDescription')}</p>
            )}
          </section>
        </div>
      </article>

      <section className="title-detail__section" aria-labelledby="availability-heading">
        <h2 id="availability-heading">{t('title.availability')}</h2>
        {places ? (
          <AvailabilityList
            availability={title.availability.filter((entry) => places.has(entry.locationId))}
            empty={t('title.availabilityNoneAtSchool')}
          />
        ) : (
          <AvailabilityList availability={title.availability} empty={t('title.availabilityNone')} />
        )}
      </section>

      {showCopies ? (
        <section className="title-detail__section" aria-labelledby="copies-heading">
          <h2 id="copies-heading">{t('title.copies')}</h2>
          <CopiesTable copies={title.copies} />
        </section>
      ) : null}
    </div>
  );
}
