package nl.schoollibrary.reservations.catalogue.importing;

import nl.schoollibrary.reservations.catalogue.CatalogueFields;

/**
 * The catalogue's field rules ({@link CatalogueFields}, the same as the API's) in the shape the import's row checks
 * use: each method answers the normalised value or throws {@link Invalid} with the message for the row error. No rule
 * of its own lives here.
 */
final class FieldRules {

    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private FieldRules() {
    }

    private static <T> T checked(T value, String problem) {
        if (problem != null) {
            throw new Invalid(problem);
        }
        return value;
    }

    static String isbn(String raw) {
        String value = CatalogueFields.normaliseIsbn(raw);
        return checked(value, CatalogueFields.isbnProblem(value));
    }

    static String recordId(String raw) {
        String value = CatalogueFields.text(raw);
        return checked(value, CatalogueFields.recordIdProblem(value));
    }

    private static String text(String raw, int max) {
        String value = CatalogueFields.text(raw);
        return checked(value, CatalogueFields.lengthProblem(value, max));
    }

    static String title(String raw) {
        return text(raw, CatalogueFields.TITLE_MAX);
    }

    static String subtitle(String raw) {
        return text(raw, CatalogueFields.SUBTITLE_MAX);
    }

    static String authors(String raw) {
        String value = CatalogueFields.normaliseAuthors(raw);
        return checked(value == null || value.isEmpty() ? null : value,
                CatalogueFields.lengthProblem(value, CatalogueFields.AUTHORS_MAX));
    }

    static String series(String raw) {
        return text(raw, CatalogueFields.SERIES_MAX);
    }

    static int seriesNumber(int value) {
        return checked(value, CatalogueFields.seriesNumberProblem(value));
    }

    static String publisher(String raw) {
        return text(raw, CatalogueFields.PUBLISHER_MAX);
    }

    static int publicationYear(int value) {
        return checked(value, CatalogueFields.publicationYearProblem(value));
    }

    static String language(String raw) {
        String value = CatalogueFields.normaliseLanguage(raw);
        return checked(value, CatalogueFields.languageProblem(value));
    }

    static String readingLevel(String raw) {
        return text(raw, CatalogueFields.READING_LEVEL_MAX);
    }

    static String ageGroup(String raw) {
        String value = CatalogueFields.text(raw);
        return checked(value, CatalogueFields.ageGroupProblem(value));
    }

    static String description(String raw) {
        return text(raw, CatalogueFields.DESCRIPTION_MAX);
    }

    static String coverUrl(String raw) {
        String value = CatalogueFields.text(raw);
        return checked(value, CatalogueFields.coverUrlProblem(value));
    }

    static String barcode(String raw) {
        String value = CatalogueFields.normaliseBarcode(raw);
        return checked(value, CatalogueFields.barcodeProblem(value));
    }

    static String shelfMark(String raw) {
        String value = CatalogueFields.normaliseShelfMark(raw);
        return checked(value, CatalogueFields.shelfMarkProblem(value));
    }

    static String themeCode(String raw) {
        return CatalogueFields.normaliseThemeCode(raw);
    }

    static String collectionCode(String raw) {
        return CatalogueFields.normaliseCollectionCode(raw);
    }
}
