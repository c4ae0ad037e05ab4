import { createContext, useContext } from 'react';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { translate, type MessageKey, type MessageParams } from './translate';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

/** Without a provider (isolated component tests) everything is Dutch and the switch does nothing. */
export const I18nContext = createContext<I18n>({
  locale: DEFAULT_LOCALE,
  setLocale: () => undefined,
  t: (key, params) => translate(DEFAULT_LOCALE, key, params),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
