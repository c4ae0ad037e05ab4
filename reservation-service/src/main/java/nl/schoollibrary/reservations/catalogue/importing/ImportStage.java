package nl.schoollibrary.reservations.catalogue.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportRowError;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawCopy;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawTitle;
import nl.schoollibrary.reservations.common.database.Jdbc;

/**
 * Checks each row with the field rules as it is read and writes it, in chunks, into the import's temporary tables
 * ({@code imp_title}, {@code imp_copy}, {@code imp_error}; one statement per chunk and table, the columns as arrays), so
 * the heap holds one chunk whatever the size of the file. A rejected title or copy is written too (not ok), so the
 * counts can say what was rejected.
 */
final class ImportStage {

    /** Rows per insert statement. */
    static final int CHUNK = 2_000;

    /** The title columns besides the key: name in SQL, type, and the field name of the file. */
    record Column(String sql, String type, String field) {
    }

    static final List<Column> COLUMNS = List.of(new Column("title", "text", "title"),
            new Column("subtitle", "text", "subtitle"), new Column("authors", "text", "authors"),
            new Column("series", "text", "series"), new Column("series_number", "int", "seriesNumber"),
            new Column("publisher", "text", "publisher"), new Column("publication_year", "int", "publicationYear"),
            new Column("language", "text", "language"), new Column("reading_level", "text", "readingLevel"),
            new Column("age_group", "text", "ageGroup"), new Column("description", "text", "description"),
            new Column("cover_url", "text", "coverUrl"), new Column("themes", "text", "themes"));

    private final Jdbc jdbc;
    private final ImportContext context;
    private final int maxRows;
    private final List<Object[]> titles = new ArrayList<>();
    private final List<Object[]> copies = new ArrayList<>();
    private final List<ImportRowError> errors = new ArrayList<>();
    private final Notes notes;
    private int seq;
    private int rows;

    /** Too many rows for one import: the file is refused. */
    static final class TooManyRows extends RuntimeException {
        final RawTitle at;

        TooManyRows(RawTitle at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    ImportStage(Jdbc jdbc, ImportContext context, int maxRows, Notes notes) {
        this.jdbc = jdbc;
        this.context = context;
        this.maxRows = maxRows;
        this.notes = notes;
        StringBuilder columns = new StringBuilder();
        for (Column c : COLUMNS) {
            columns.append(", ").append(c.sql()).append(' ').append(c.type()).append(", set_").append(c.sql())
                    .append(" boolean NOT NULL");
        }
        jdbc.update("DROP TABLE IF EXISTS imp_title, imp_copy, imp_error, plan_title, plan_copy");
        jdbc.update("CREATE TEMP TABLE imp_title (seq int PRIMARY KEY, record int NOT NULL, line int, ok boolean NOT"
                + " NULL, key text, isbn text, record_id text" + columns + ") ON COMMIT DROP");
        jdbc.update("CREATE TEMP TABLE imp_copy (seq int PRIMARY KEY, record int NOT NULL, line int, ok boolean NOT NULL,"
                + " key text, barcode text, location_id bigint, set_location boolean NOT NULL, shelf_mark text,"
                + " set_shelf_mark boolean NOT NULL, collection_id bigint, set_collection boolean NOT NULL)"
                + " ON COMMIT DROP");
        jdbc.update("CREATE TEMP TABLE imp_error (record int NOT NULL, line int, field text, message text NOT NULL)"
                + " ON COMMIT DROP");
    }

    /** Rows read so far: a copy, or a title without copies. */
    int rows() {
        return rows;
    }

    void add(RawTitle raw) {
        rows += Math.max(1, raw.copies.size());
        if (rows > maxRows) {
            throw new TooManyRows(raw);
        }
        List<ImportRowError> found = new ArrayList<>(raw.readErrors);
        Object[] title = title(raw, found);
        boolean titleOk = found.isEmpty();
        title[3] = titleOk;
        titles.add(title);
        String key = (String) title[4];
        for (RawCopy copy : raw.copies) {
            int before = found.size();
            Object[] row = copy(raw, copy, key, found);
            row[3] = titleOk && found.size() == before;
            copies.add(row);
        }
        errors.addAll(found);
        if (titles.size() >= CHUNK || copies.size() >= CHUNK) {
            flush();
        }
    }

    /** Writes what is buffered. */
    void flush() {
        if (!titles.isEmpty()) {
            insert("imp_title", 7 + 2 * COLUMNS.size(), titles, titleTypes());
            titles.clear();
        }
        if (!copies.isEmpty()) {
            insert("imp_copy", 12, copies, new String[] {"int", "int", "int", "boolean", "text", "text", "bigint",
                    "boolean", "text", "boolean", "bigint", "boolean"});
            copies.clear();
        }
        if (!errors.isEmpty()) {
            List<Object[]> rows = errors.stream().map(e -> new Object[] {e.record(), e.line(), e.field(), e.message()})
                    .toList();
            insert("imp_error", 4, rows, new String[] {"int", "int", "text", "text"});
            errors.clear();
        }
    }

    private static String[] titleTypes() {
        List<String> types = new ArrayList<>(List.of("int", "int", "int", "boolean", "text", "text", "text"));
        for (Column c : COLUMNS) {
            types.add(c.type());
            types.add("boolean");
        }
        return types.toArray(String[]::new);
    }

    private void insert(String table, int width, List<Object[]> rows, String[] types) {
        Object[] arrays = new Object[width];
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " SELECT * FROM unnest(");
        for (int col = 0; col < width; col++) {
            Object[] values = switch (types[col]) {
                case "int" -> new Integer[rows.size()];
                case "bigint" -> new Long[rows.size()];
                case "boolean" -> new Boolean[rows.size()];
                default -> new String[rows.size()];
            };
            for (int i = 0; i < rows.size(); i++) {
                values[i] = rows.get(i)[col];
            }
            arrays[col] = values;
            sql.append(col == 0 ? "" : ", ").append("?::").append(types[col]).append("[]");
        }
        jdbc.update(sql.append(')').toString(), arrays);
    }

    /** The title's row: seq, record, line, ok (set by the caller), key, isbn, record_id, then value and set per column. */
    private Object[] title(RawTitle raw, List<ImportRowError> found) {
        Object[] row = new Object[7 + 2 * COLUMNS.size()];
        row[0] = ++seq;
        row[1] = raw.record;
        row[2] = raw.line;
        String isbn = check(raw, found, "isbn", v -> FieldRules.isbn(v));
        String recordId = check(raw, found, "recordId", v -> FieldRules.recordId(v));
        if (isbn == null && recordId == null && found.isEmpty()) {
            found.add(error(raw, raw.line, "isbn", "an isbn or a recordId is required"));
        }
        row[4] = isbn != null ? "i:" + isbn : recordId != null ? "r:" + recordId : null;
        row[5] = isbn;
        row[6] = recordId;
        int i = 7;
        for (Column c : COLUMNS) {
            boolean given = raw.fields.containsKey(c.field());
            Object value = null;
            if (given && c.field().equals("themes")) {
                value = themes(raw, found);
                given = value != null;
            } else if (given) {
                value = value(raw, c.field(), found);
            }
            if (given && value == null && c.field().equals("title")) {
                found.add(error(raw, raw.line, "title", "must not be empty (leave it out to keep the title)"));
            }
            if (given && value == null && c.field().equals("authors")) {
                value = ""; // no authors: the column is NOT NULL, "" is how a title without authors is kept
            }
            row[i++] = value;
            row[i++] = given;
        }
        return row;
    }

    private Object value(RawTitle raw, String field, List<ImportRowError> found) {
        Object given = raw.fields.get(field);
        if (given == null) {
            return null;
        }
        try {
            return switch (field) {
                case "seriesNumber" -> FieldRules.seriesNumber(whole(given));
                case "publicationYear" -> FieldRules.publicationYear(whole(given));
                default -> {
                    String text = given.toString();
                    yield text.isBlank() ? null : switch (field) {
                        case "title" -> FieldRules.title(text);
                        case "subtitle" -> FieldRules.subtitle(text);
                        case "authors" -> FieldRules.authors(text);
                        case "series" -> FieldRules.series(text);
                        case "publisher" -> FieldRules.publisher(text);
                        case "language" -> FieldRules.language(text);
                        case "readingLevel" -> FieldRules.readingLevel(text);
                        case "ageGroup" -> FieldRules.ageGroup(text);
                        case "description" -> FieldRules.description(text);
                        case "coverUrl" -> FieldRules.coverUrl(text);
                        default -> throw new IllegalStateException(field);
                    };
                }
            };
        } catch (FieldRules.Invalid e) {
            found.add(error(raw, raw.line, field, e.getMessage()));
            return null;
        }
    }

    private static int whole(Object given) {
        if (given instanceof Integer n) {
            return n;
        }
        String text = given.toString().strip();
        if (!text.matches("-?[0-9]{1,9}")) {
            throw new FieldRules.Invalid("must be a whole number");
        }
        return Integer.parseInt(text);
    }

    /**
     * The theme ids as sorted text ("3,7"), or null when the row gives no themes. Codes must exist; MARC subjects
     * match a theme by code or Dutch name, and those that match none are noted and ignored (none matching: unchanged).
     */
    @SuppressWarnings("unchecked")
    private String themes(RawTitle raw, List<ImportRowError> found) {
        TreeSet<Long> ids = new TreeSet<>();
        if (raw.subjects != null) {
            for (String subject : raw.subjects) {
                String folded = ImportContext.fold(subject);
                Long id = context.themesByCode().getOrDefault(folded, context.themesByName().get(folded));
                if (id == null) {
                    notes.unknownSubject(subject.strip());
                } else {
                    ids.add(id);
                }
            }
            return ids.isEmpty() ? null : join(ids);
        }
        Object given = raw.fields.get("themes");
        List<String> codes = given == null ? List.of() : (List<String>) given;
        for (String code : codes) {
            String trimmed = FieldRules.themeCode(code);
            if (trimmed.isEmpty()) {
                continue;
            }
            Long id = context.themesByCode().get(trimmed);
            if (id == null) {
                found.add(error(raw, raw.line, "themes", "has no theme with code " + clip(trimmed)));
            } else {
                ids.add(id);
            }
        }
        return join(ids);
    }

    private static String join(TreeSet<Long> ids) {
        StringBuilder text = new StringBuilder();
        ids.forEach(id -> text.append(text.isEmpty() ? "" : ",").append(id));
        return text.toString();
    }

    private interface Rule {
        String apply(String value);
    }

    private static String check(RawTitle raw, List<ImportRowError> found, String field, Rule rule) {
        Object given = raw.fields.get(field);
        if (given == null || given.toString().isBlank()) {
            return null;
        }
        try {
            return rule.apply(given.toString());
        } catch (FieldRules.Invalid e) {
            found.add(error(raw, raw.line, field, e.getMessage()));
            return null;
        }
    }

    /** The copy's row: seq, record, line, ok, key, barcode, location, set, shelf mark, set, collection, set. */
    private Object[] copy(RawTitle raw, RawCopy copy, String key, List<ImportRowError> found) {
        Integer line = copy.line != null ? copy.line : raw.line;
        Map<String, String> f = copy.fields;
        Object[] row = new Object[12];
        row[0] = ++seq;
        row[1] = raw.record;
        row[2] = line;
        row[4] = key;
        String barcode = f.get("barcode");
        try {
            row[5] = FieldRules.barcode(barcode == null ? "" : barcode);
        } catch (FieldRules.Invalid e) {
            found.add(error(raw, line, "barcode", barcode == null || barcode.isBlank() ? "is required for a copy"
                    : e.getMessage()));
        }
        String location = f.get("location");
        if (location != null && !location.isBlank()) {
            Long id = context.locations().get(location.strip().toUpperCase(Locale.ROOT));
            if (id == null) {
                found.add(error(raw, line, "location", "is not a location you may add copies to: " + clip(location)));
            }
            row[6] = id;
            row[7] = true;
        } else {
            row[7] = false;
        }
        String shelfMark = f.get("shelfMark");
        if (shelfMark != null && !shelfMark.isBlank()) {
            try {
                row[8] = FieldRules.shelfMark(shelfMark);
            } catch (FieldRules.Invalid e) {
                found.add(error(raw, line, "shelfMark", e.getMessage()));
            }
            row[9] = true;
        } else {
            row[9] = false;
        }
        row[11] = f.containsKey("collection"); // present with null (JSON): out of its collection
        String collection = f.get("collection");
        if (collection != null && !collection.isBlank()) {
            Long id = context.collections().get(FieldRules.collectionCode(collection));
            if (id == null) {
                found.add(error(raw, line, "collection", "is not a collection of your organisation: "
                        + clip(collection)));
            }
            row[10] = id;
        }
        return row;
    }

    private static ImportRowError error(RawTitle raw, Integer line, String field, String message) {
        return new ImportRowError(raw.record, line, field, message);
    }

    static String clip(String text) {
        String value = text.strip();
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
