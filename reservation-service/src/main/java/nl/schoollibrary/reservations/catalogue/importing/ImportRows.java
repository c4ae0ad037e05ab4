package nl.schoollibrary.reservations.catalogue.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an import as the readers deliver them, before the field rules: a title (a CSV line, a JSON title, a MARC
 * record) with its copies. A field that is in {@link RawTitle#fields} was given (its value may be null: clear it); a
 * field that is not there was left out and changes nothing.
 */
final class ImportRows {

    /** The title fields a file may give, by their CSV/JSON names. */
    static final List<String> TITLE_FIELDS = List.of("isbn", "recordId", "title", "subtitle", "authors", "series",
            "seriesNumber", "publisher", "publicationYear", "language", "readingLevel", "ageGroup", "themes",
            "description", "coverUrl");
    /** The copy fields (JSON: in copies; CSV: columns of the same line). */
    static final List<String> COPY_FIELDS = List.of("barcode", "location", "shelfMark", "collection");

    private ImportRows() {
    }

    /** A title and its copies as read; {@code record} is 1-based, {@code line} the line in the file where known. */
    static final class RawTitle {
        final int record;
        final Integer line;
        final Map<String, Object> fields = new LinkedHashMap<>();
        final List<RawCopy> copies = new ArrayList<>();
        /** Errors found while reading (a value of the wrong JSON type, an unknown JSON field). */
        final List<CatalogueImportDtos.ImportRowError> readErrors = new ArrayList<>();
        /** MARC subjects (650 $a) to match against the themes. */
        List<String> subjects;

        RawTitle(int record, Integer line) {
            this.record = record;
            this.line = line;
        }

        void error(String field, String message) {
            readErrors.add(new CatalogueImportDtos.ImportRowError(record, line, field, message));
        }
    }

    /** A copy as read: its fields as given (absent = unchanged). */
    static final class RawCopy {
        final Integer line;
        final Map<String, String> fields = new LinkedHashMap<>();

        RawCopy(Integer line) {
            this.line = line;
        }
    }
}
