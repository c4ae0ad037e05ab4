package nl.schoollibrary.reservations.catalogue.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawCopy;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawTitle;
import nl.schoollibrary.reservations.common.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A catalogue CSV, streamed with Apache Commons CSV over {@link CsvText} (strict UTF-8, no control characters, a quote
 * closed on its line: a damaged file is refused naming the line). A header row names the columns (any order; an
 * unknown or repeated column refuses the file); then one copy per line, the title's columns repeated or left empty, or
 * a line without barcode for a title alone. An empty cell, like a column that is not there, changes nothing. A line
 * with another number of fields than the header refuses the file.
 */
final class CatalogueCsv {

    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(ImportRows.TITLE_FIELDS);
        columns.addAll(ImportRows.COPY_FIELDS);
        COLUMNS = List.copyOf(columns);
    }

    private CatalogueCsv() {
    }

    static void read(InputStream body, Consumer<RawTitle> sink) {
        try (CsvText text = new CsvText(body);
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(text.separator()).get().parse(text)) {
            String[] columns = null;
            int record = 0;
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber(); // one record per line: CsvText lets no field span lines
                if (columns == null) {
                    columns = header(row);
                    continue;
                }
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != columns.length) {
                    throw new FileMalformed("line " + line, "has " + row.size() + " field(s) where the header has "
                            + columns.length + " (a missing or extra separator \"" + text.separator() + "\"?)");
                }
                sink.accept(title(++record, (int) line, columns, row));
            }
            if (columns == null) {
                throw new FileMalformed("line 1", "is missing: the file is empty; the first line must name the columns"
                        + " (" + String.join(",", COLUMNS) + ")");
            }
        } catch (UncheckedIOException e) {
            throw damage(e.getCause());
        } catch (IOException e) {
            throw damage(e);
        }
    }

    private static String[] header(CSVRecord row) {
        String[] columns = new String[row.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip();
            String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known == null) {
                throw new FileMalformed("line 1", name.isEmpty() ? "column " + (i + 1) + " has no name"
                        : "\"" + ImportStage.clip(name) + "\" is not a known column; the columns are "
                                + String.join(", ", COLUMNS));
            }
            if (seen.putIfAbsent(known, i) != null) {
                throw new FileMalformed("line 1", "the column " + known + " appears twice");
            }
            columns[i] = known;
        }
        if (!seen.containsKey("isbn") && !seen.containsKey("recordId")) {
            throw new FileMalformed("line 1", "needs a column isbn or recordId: it says which title a line is");
        }
        return columns;
    }

    private static RawTitle title(int record, int line, String[] columns, CSVRecord row) {
        RawTitle title = new RawTitle(record, line);
        RawCopy copy = new RawCopy(line);
        for (int i = 0; i < columns.length; i++) {
            String value = row.get(i);
            if (value.isBlank()) {
                continue; // an empty cell changes nothing
            }
            if (ImportRows.COPY_FIELDS.contains(columns[i])) {
                copy.fields.put(columns[i], value);
            } else if (columns[i].equals("themes")) {
                title.fields.put("themes", List.of(value.split("\\|")));
            } else {
                title.fields.put(columns[i], value);
            }
        }
        if (!copy.fields.isEmpty()) {
            title.copies.add(copy);
        }
        return title;
    }

    private static FileMalformed damage(Throwable e) {
        if (e instanceof CsvText.CsvFileError error) {
            return new FileMalformed("line " + error.line(), error.getMessage());
        }
        if (e instanceof FileMalformed malformed) {
            return malformed;
        }
        String message = String.valueOf(e.getMessage());
        return new FileMalformed("file", "is not valid CSV: " + (message.length() > 80 ? message.substring(0, 80) + "…"
                : message));
    }
}
