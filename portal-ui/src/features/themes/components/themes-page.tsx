import { Link } from 'react-router-dom';
import { EmptyState, Loading, ProblemAlert } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { useThemes } from '../../../lib/queries/use-themes';
import { themeName } from '../../../lib/theme-name';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ThemeCover } from './theme-cover';

/** /snuffelen — the snuffelcatalogus: a grid of themes. */
export function ThemesPage() {
  const { t, locale } = useI18n();
  const themes = useThemes();
  useDocumentTitle(t('themes.title'));
  const sorted = [...(themes.data ?? [])].sort((a, b) =>
    themeName(a, locale).localeCompare(themeName(b, locale), locale),
  );
  return (
    <div className="page">
      <h1>{t('themes.title')}</h1>
      <p className="lead">{t('themes.intro')}</p>
      {themes.isPending ? (
        <Loading />
      ) : themes.isError && !themes.data ? (
        <ProblemAlert error={themes.error} onRetry={() => void themes.refetch()} />
      ) : sorted.length === 0 ? (
        <EmptyState title={t('themes.empty')} />
      ) : (
        <ul className="theme-grid">
          {sorted.map((theme) => (
            <li key={theme.code}>
              <Link className="theme-tile" to={`/snuffelen/${encodeURIComponent(theme.code)}`}>
                <ThemeCover code={theme.code} />
                <span className="theme-tile__name">{themeName(theme, locale)}</span>
                <span className="theme-tile__count">{t('themes.count', { count: theme.titleCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
