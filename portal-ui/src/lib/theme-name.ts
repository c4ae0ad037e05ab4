import type { ThemeRef } from './api';
import type { Locale } from './i18n/locale';

/** The language of the theme name shown: English only when the theme has an English name. */
export function themeLang(theme: Pick<ThemeRef, 'nameEn'>, locale: Locale): Locale {
  return locale === 'en' && theme.nameEn ? 'en' : 'nl';
}

export function themeName(theme: Pick<ThemeRef, 'nameNl' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' && theme.nameEn ? theme.nameEn : theme.nameNl;
}
