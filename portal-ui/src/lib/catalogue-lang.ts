/**
 * The language of the catalogue's own texts (titles, subtitles, summaries, author names, series): the API has no
 * language field and the collection is Dutch. Elements showing them carry `lang={CATALOGUE_LANG}`, so with the
 * portal in English a screen reader still reads them with a Dutch voice (the page's `<html lang>` follows the UI).
 */
export const CATALOGUE_LANG = 'nl';
