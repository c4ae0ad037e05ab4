import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { I18nContext, type I18n } from './i18n-context';
import { readStoredLocale, storeLocale, type Locale } from './locale';
import { intlFor } from './translate';

/** The UI language: react-intl's provider for it (so <FormattedDate> etc. work too) and the `useI18n()` wrapper. */
export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const intl = intlFor(locale);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => intl.formatMessage({ id: key }, params) }),
    [intl, locale, setLocale],
  );
  return (
    <RawIntlProvider value={intl}>
      <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
    </RawIntlProvider>
  );
}
