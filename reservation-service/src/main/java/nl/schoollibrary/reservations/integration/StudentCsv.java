package nl.schoollibrary.reservations.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schoollibrary.reservations.common.CsvText;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.integration.IntegrationDtos.RowError;
import nl.schoollibrary.reservations.integration.IntegrationDtos.StudentRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a student CSV (a header line naming the columns, then one student per line) into the rows of the import,
 * streamed, with Apache Commons CSV over {@link CsvText}. Anything that makes the file as a whole doubtful refuses the
 * whole import ({@link ErrorCode#IMPORT_FILE_INVALID}, whatever allOrNothing says): a damaged file (see
 * {@link CsvText}), an unknown, unnamed or repeated column, no studentNumber column, a line with another number of
 * fields than the header, more than {@value StudentRows#MAX_ROWS} students. A value that cannot be read (a yes/no
 * column that says something else, a date that is not one) is an error of its row only.
 *
 * <p>A column that is left out means "unchanged" for every student in the file; an empty cell means the same,
 * except in firstName, groupName and parentEmail, where it clears the value (an empty parentEmail removes the address
 * and its consent; see {@link StudentRows}).
 */
final class StudentCsv {

    /** The columns, in the order the examples use. */
    static final List<String> COLUMNS = List.of("studentNumber", "firstName", "lastName", "groupName", "active",
            "libraryLink", "consentBy", "consentAt", "username", "parentEmail", "parentEmailConsentBy",
            "parentEmailConsentAt", "language");

    /** Most file errors listed in one answer; the rest are counted. */
    private static final int MAX_LISTED = 100;

    private StudentCsv() {
    }

    /** The students of the file with their line numbers, and the values of rows that could not be read. */
    record Read(List<StudentRows.Line> lines, List<RowError> rowErrors) {
    }

    static Read read(InputStream body) {
        List<Problem.FieldError> fileErrors = new ArrayList<>();
        List<StudentRows.Line> lines = new ArrayList<>();
        List<RowError> rowErrors = new ArrayList<>();
        int wrongWidth = 0;
        try (CsvText text = new CsvText(body);
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(text.separator()).get().parse(text)) {
            Map<String, Integer> columns = null;
            int width = 0;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber(); // one record per line: CsvText lets no field span lines
                if (columns == null) {
                    columns = header(record, fileErrors);
                    width = record.size();
                    if (!fileErrors.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (blank(record)) {
                    continue;
                }
                if (record.size() != width) {
                    if (++wrongWidth <= MAX_LISTED) {
                        fileErrors.add(fileError(line, "has " + record.size() + " field(s) where the header has "
                                + width + " (a missing or extra separator \"" + text.separator() + "\"?)"));
                    }
                    continue;
                }
                if (lines.size() == StudentRows.MAX_ROWS) {
                    fileErrors.add(fileError(line, String.format(Locale.ROOT,
                            "is more than the %,d students one import may hold", StudentRows.MAX_ROWS)));
                    break;
                }
                lines.add(new StudentRows.Line((int) line, row(record, columns, (int) line, rowErrors)));
            }
            if (columns == null) {
                fileErrors.add(fileError(1, "is missing: the file is empty; the first line must name the columns ("
                        + String.join(",", COLUMNS) + ")"));
            }
        } catch (UncheckedIOException e) {
            fileErrors.add(damage(e.getCause()));
        } catch (IOException e) {
            fileErrors.add(damage(e));
        }
        if (wrongWidth > MAX_LISTED) {
            fileErrors.add(new Problem.FieldError("file", (wrongWidth - MAX_LISTED)
                    + " more line(s) with the wrong number of fields"));
        }
        if (!fileErrors.isEmpty()) {
            throw new ProblemException(ErrorCode.IMPORT_FILE_INVALID, "The file cannot be read as a student list ("
                    + fileErrors.get(0).field() + " " + fileErrors.get(0).message() + "); nothing was imported.",
                    fileErrors, Map.of());
        }
        return new Read(lines, rowErrors);
    }

    /** Column name → index; errors for unnamed, unknown and repeated columns and a missing studentNumber. */
    private static Map<String, Integer> header(CSVRecord record, List<Problem.FieldError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (name.isEmpty()) {
                errors.add(new Problem.FieldError("line 1: column " + (i + 1), "has no name"));
            } else if (known == null) {
                errors.add(new Problem.FieldError("line 1: " + clip(name), "is not a known column; the columns are "
                        + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(known, i) != null) {
                errors.add(new Problem.FieldError("line 1: " + known, "appears twice"));
            }
        }
        if (errors.isEmpty() && !columns.containsKey("studentNumber")) {
            errors.add(new Problem.FieldError("line 1: studentNumber", "is required: it says which student a line is"));
        }
        return columns;
    }

    /** A line without any value (an empty line, or only spaces) holds no student. */
    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static StudentRow row(CSVRecord record, Map<String, Integer> columns, int line, List<RowError> errors) {
        return new StudentRow(value(record, columns, "studentNumber"), value(record, columns, "firstName"),
                value(record, columns, "lastName"), value(record, columns, "groupName"),
                bool(value(record, columns, "active"), line, "active", errors),
                bool(value(record, columns, "libraryLink"), line, "libraryLink", errors),
                blankToNull(value(record, columns, "consentBy")), instant(record, columns, "consentAt", line, errors),
                blankToNull(value(record, columns, "username")), value(record, columns, "parentEmail"),
                blankToNull(value(record, columns, "parentEmailConsentBy")),
                instant(record, columns, "parentEmailConsentAt", line, errors),
                blankToNull(value(record, columns, "language")));
    }

    /** An ISO-8601 instant cell; empty is "unchanged", anything else an error of the row. */
    private static Instant instant(CSVRecord record, Map<String, Integer> columns, String column, int line,
            List<RowError> errors) {
        String value = value(record, columns, column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, column, "must be an ISO-8601 instant such as 2026-09-01T10:00:00Z"));
            return null;
        }
    }

    /** The cell of a column, or null when the file has no such column. */
    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : record.get(index);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Yes/no cells: true/false, ja/nee, yes/no, 1/0; empty is "unchanged". */
    private static Boolean bool(String value, int line, String field, List<RowError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ja", "1", "yes" -> true;
            case "false", "nee", "0", "no" -> false;
            default -> {
                errors.add(new RowError(line, field, "must be true or false (or ja/nee, yes/no, 1/0)"));
                yield null;
            }
        };
    }

    private static Problem.FieldError fileError(long line, String message) {
        return new Problem.FieldError("line " + line, message);
    }

    private static Problem.FieldError damage(Throwable e) {
        if (e instanceof CsvText.CsvFileError error) {
            return fileError(error.line(), error.getMessage());
        }
        // CsvText lets through only what the parser reads; should it still object, the file is not valid CSV.
        return new Problem.FieldError("file", "is not valid CSV: " + clip(String.valueOf(e.getMessage())));
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
