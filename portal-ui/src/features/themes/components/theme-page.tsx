import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Cover } from '../../../components/cover';
import { NotFound } from '../../../components/not-found';
import { Pagination } from '../../../components/pagination';
import { EmptyState, Loading, ProblemAlert } from '../../../components/status';
import { firstAuthor } from '../../../lib/authors';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';
import { useI18n } from '../../../lib/i18n';
import { themeName } from '../../../lib/theme-name';
import { pageFromParam, pageToParam, withParams } from '../../../lib/url-params';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useThemeBrowse } from '../api/use-theme';

/** /snuffelen/:code — the titles of one theme as a wall of covers. */
export function ThemePage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const page = pageFromParam(params.get('pagina'));
  const { t, locale } = useI18n();
  const { themes, titles, theme } = useThemeBrowse(code, page);
  const name = theme ? themeName(theme, locale) : null;
  useDocumentTitle(name ?? t('themes.title'));

  if (themes.isSuccess && !theme) return <NotFound />;
  const hrefFor = (target: number) => `?${withParams(params, { pagina: pageToParam(target) }).toString()}`;

  return (
    <div className="page">
      <p className="back-link">
        <Link to="/snuffelen">
          <span aria-hidden="true">← </span>
          {t('theme.back')}
        </Link>
      </p>
      <h1>{name ?? t('themes.title')}</h1>
      {titles.isPending ? (
        <Loading />
      ) : titles.isError && !titles.data ? (
        <ProblemAlert error={titles.error} onRetry={() => void titles.refetch()} />
      ) : titles.data.total === 0 ? (
        <EmptyState title={t('theme.empty')} />
      ) : (
        <>
          <p className="lead">{t('themes.count', { count: titles.data.total })}</p>
          <ul className="cover-grid">
            {titles.data.items.map((title) => (
              <li key={title.id}>
                <Link className="cover-tile" to={`/titels/${title.id}`}>
                  <Cover title={title} decorative />
                  <span className="cover-tile__title" lang={CATALOGUE_LANG}>
                    {title.title}
                  </span>
                  {firstAuthor(title.authors) ? (
                    <span className="cover-tile__author" lang={CATALOGUE_LANG}>
                      {firstAuthor(title.authors)}
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
          <Pagination
            page={titles.data.page}
            size={titles.data.size}
            total={titles.data.total}
            hrefFor={hrefFor}
          />
        </>
      )}
    </div>
  );
}
