import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { en } from './en';
import { DEFAULT_LOCALE, intlLocale, type Locale } from './locale';
import { nl, type MessageKey } from './nl';

export type { MessageKey };

// react-intl's own components and formatMessage accept only keys of the catalogue, too.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };
const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/** The react-intl instance of a language (made once): messages, dates, numbers and lists through Intl. */
export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl(
      { locale: intlLocale(locale), defaultLocale: intlLocale(DEFAULT_LOCALE), messages: catalogues[locale] },
      cache,
    );
    intls.set(locale, intl);
  }
  return intl;
}

/** Formats a message of the catalogue (ICU MessageFormat) with its values. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return intlFor(locale).formatMessage({ id: key }, params);
}
