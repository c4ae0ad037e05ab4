export { I18nProvider } from './i18n-provider';
export { useI18n, type I18n } from './i18n-context';
export { LOCALES, DEFAULT_LOCALE, intlLocale, isLocale, type Locale } from './locale';
export { intlFor, translate, type MessageKey, type MessageParams } from './translate';
