import type { ThemeRef } from './api';
import type { Locale } from './i18n/locale';

export function themeName(theme: Pick<ThemeRef, 'nameNl' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' && theme.nameEn ? theme.nameEn : theme.nameNl;
}
