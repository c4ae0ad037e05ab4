import { Link } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { HOME_PATH } from '../lib/return-to';
import { useDocumentTitle } from '../lib/use-document-title';

/** The 404 content: used by the catch-all route and by pages whose item does not exist. */
export function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page--narrow not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link className="button" to={HOME_PATH}>
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
