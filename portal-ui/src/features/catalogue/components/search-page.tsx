import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading, ProblemAlert, EmptyState } from '../../../components/status';
import { Pagination } from '../../../components/pagination';
import { AGE_GROUPS, type TitleSearchParams } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useTitles } from '../../../lib/queries/use-titles';
import { pageFromParam, pageToParam, withParams } from '../../../lib/url-params';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { SearchForm, type SearchCriteria } from './search-form';
import { TitleCard } from './title-card';

export const SEARCH_PAGE_SIZE = 20;

/** /zoeken?q=…&thema=…&leeftijd=…&beschikbaar=1&pagina=2 — the URL holds the whole search. */
export function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const criteria: SearchCriteria = {
    q: params.get('q') ?? '',
    theme: params.get('thema') ?? '',
    ageGroup: params.get('leeftijd') ?? '',
    availableNow: params.get('beschikbaar') === '1',
  };
  const page = pageFromParam(params.get('pagina'));
  const hasCriteria = Boolean(criteria.q || criteria.theme || criteria.ageGroup || criteria.availableNow);

  const query: TitleSearchParams = {
    q: criteria.q || undefined,
    theme: criteria.theme || undefined,
    ageGroup: AGE_GROUPS.find((group) => group === criteria.ageGroup),
    availableNow: criteria.availableNow || undefined,
    page,
    size: SEARCH_PAGE_SIZE,
  };
  const titles = useTitles(query, { enabled: hasCriteria });
  useDocumentTitle(criteria.q ? t('search.documentTitle', { q: criteria.q }) : t('search.title'));

  const search = (next: SearchCriteria) => {
    const nextParams = withParams(new URLSearchParams(), {
      q: next.q || null,
      thema: next.theme || null,
      leeftijd: next.ageGroup || null,
      beschikbaar: next.availableNow ? '1' : null,
    });
    setParams(nextParams);
    return nextParams.toString();
  };

  // After the search button, focus goes to the results heading (it then announces the count), once the
  // address holds the new search (the heading is a new element then).
  const [searches, setSearches] = useState(0);
  const focusFor = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = params.toString();
  useEffect(() => {
    if (focusFor.current !== current) return;
    focusFor.current = null;
    headingRef.current?.focus();
  }, [current, searches]);
  const searchAndFocus = (next: SearchCriteria) => {
    focusFor.current = search(next);
    setSearches((n) => n + 1);
  };

  const hrefFor = (target: number) => `?${withParams(params, { pagina: pageToParam(target) }).toString()}`;
  const data = titles.data;

  return (
    <div className="page">
      <h1>{t('search.title')}</h1>
      {/* key: a new URL (back button, nav link) resets the typed text to the URL's query. */}
      <SearchForm key={criteria.q} criteria={criteria} onChange={search} onSearch={searchAndFocus} />

      <section className="results" aria-labelledby="results-heading" aria-busy={titles.isFetching}>
        {!hasCriteria ? (
          <div className="intro">
            <h2 id="results-heading" ref={headingRef} tabIndex={-1}>
              {t('search.introTitle')}
            </h2>
            <p>
              {t('search.intro')} <Link to="/snuffelen">{t('search.introBrowse')}</Link>
            </p>
          </div>
        ) : (
          <>
            {/* One heading that stays put and is a polite live region: its new text is announced. */}
            <h2
              id="results-heading"
              ref={headingRef}
              tabIndex={-1}
              className="results__count"
              aria-live="polite"
            >
              {!data
                ? t('search.resultsHeading')
                : data.total === 0
                  ? t('search.emptyTitle')
                  : resultCountText(t, data.total, criteria.q)}
            </h2>
            {titles.isPending ? (
              <Loading label={t('search.loading')} />
            ) : titles.isError && !data ? (
              <ProblemAlert error={titles.error} onRetry={() => void titles.refetch()} />
            ) : data && data.total === 0 ? (
              <EmptyState>
                <p>{criteria.q ? t('search.emptyText', { q: criteria.q }) : t('search.emptyTextFilters')}</p>
                <p>
                  <Link to="/snuffelen">{t('search.introBrowse')}</Link>
                </p>
              </EmptyState>
            ) : data ? (
              <>
                <ul className="title-list">
                  {data.items.map((title) => (
                    <li key={title.id}>
                      <TitleCard title={title} />
                    </li>
                  ))}
                </ul>
                <Pagination page={data.page} size={data.size} total={data.total} hrefFor={hrefFor} />
              </>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

function resultCountText(t: ReturnType<typeof useI18n>['t'], total: number, q: string): string {
  return q ? t('search.countFor', { count: total, q }) : t('search.count', { count: total });
}
