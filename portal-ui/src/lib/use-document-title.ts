import { useEffect } from 'react';
import { useI18n } from './i18n';

/** Sets the tab title: "Zoeken · Bieb Reserveren". */
export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
