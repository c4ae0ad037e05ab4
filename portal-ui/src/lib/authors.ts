import { formatList } from './format';
import type { Locale } from './i18n/locale';

/**
 * The contract gives authors as one string, several separated by semicolons
 * ("Annie M.G. Schmidt; Fiep Westendorp"); a list is accepted too.
 */
export type Authors = string | readonly string[] | null | undefined;

export function authorList(authors: Authors): string[] {
  if (authors == null) return [];
  const list = typeof authors === 'string' ? authors.split(';') : authors;
  return list.map((name) => name.trim()).filter(Boolean);
}

/** "Paul van Loon", or "A, B en C" for several. */
export function formatAuthors(authors: Authors, locale: Locale): string {
  return formatList(authorList(authors), locale);
}

/** The first (or only) author, for a cover. */
export function firstAuthor(authors: Authors): string | undefined {
  return authorList(authors)[0];
}
