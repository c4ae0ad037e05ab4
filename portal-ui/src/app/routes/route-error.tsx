import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFound } from '../../components/not-found';
import { useI18n } from '../../lib/i18n';
import { problemMessage } from '../../lib/problem-messages';

/** Whatever broke while rendering a route: a friendly message, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  const { t, locale } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  if (import.meta.env.DEV) console.error(error);
  return (
    <div className="page page--narrow">
      <h1>{t('error.title')}</h1>
      <div className="alert alert--error" role="alert">
        <p>{problemMessage(error, locale)}</p>
      </div>
      <p>
        <Link className="button" to="/zoeken">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
