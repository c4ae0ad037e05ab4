package nl.schoollibrary.reservations.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.ActiveAccounts;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportResult;
import nl.schoollibrary.reservations.integration.IntegrationDtos.RowError;
import nl.schoollibrary.reservations.integration.IntegrationDtos.StudentRow;

/**
 * Student import for one school, keyed by the school's student number: create, update, deactivate. Set-based: the rows
 * go into a temporary table and one statement each creates, updates (only what differs) and deactivates, so the same
 * file twice changes nothing. The library link is set only with a consent record (who and when) — AVG — and every
 * change of link or consent is kept in the audit table {@code library_link_consent} with the client that recorded it.
 * All-or-nothing by default: one bad row rejects the import with every bad line listed.
 */
@ApplicationScoped
public class StudentImport {

    private final DataSource dataSource;
    private final Clock clock;
    private final ActiveAccounts accounts;

    public StudentImport(DataSource dataSource, Clock clock, ActiveAccounts accounts) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Checks the rows; {@code firstLine} is the line number of the first row (2 for CSV with a header). */
    public List<RowError> validate(List<StudentRow> rows, int firstLine) {
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            StudentRow row = rows.get(i);
            int line = firstLine + i;
            if (row == null) {
                errors.add(new RowError(line, "row", "is empty"));
                continue;
            }
            if (row.studentNumber() == null || row.studentNumber().isBlank()) {
                errors.add(new RowError(line, "studentNumber", "is required"));
            } else if (!seen.add(row.studentNumber().strip())) {
                errors.add(new RowError(line, "studentNumber", "appears twice in this import"));
            }
            if (row.lastName() == null || row.lastName().isBlank()) {
                errors.add(new RowError(line, "lastName", "is required"));
            }
            if (Boolean.TRUE.equals(row.libraryLink())
                    && (row.consentBy() == null || row.consentBy().isBlank() || row.consentAt() == null)) {
                errors.add(new RowError(line, "libraryLink", "needs parental consent: consentBy and consentAt"));
            }
            if (row.consentAt() != null && row.consentAt().isAfter(clock.instant())) {
                errors.add(new RowError(line, "consentAt", "lies in the future"));
            }
        }
        return errors;
    }

    @Transactional
    public ImportResult run(Actor actor, long schoolId, ImportRequest request, List<RowError> rowErrors,
            int firstLine) {
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        boolean allOrNothing = request.allOrNothing() == null || request.allOrNothing();
        if (!rowErrors.isEmpty() && allOrNothing) {
            List<Problem.FieldError> errors = rowErrors.stream().limit(200)
                    .map(e -> new Problem.FieldError("line " + e.line() + ": " + e.field(), e.message())).toList();
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, rowErrors.size()
                    + " row(s) are not valid; nothing was imported.", errors, Map.of());
        }
        Set<Integer> badLines = new HashSet<>();
        rowErrors.forEach(e -> badLines.add(e.line()));
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS import_row (student_number varchar(40) PRIMARY KEY,"
                        + " first_name varchar(100), last_name varchar(150), group_name varchar(40), active boolean,"
                        + " library_link boolean, consent_by varchar(200), consent_at timestamptz) ON COMMIT DROP");
                s.execute("TRUNCATE import_row");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_row VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                List<StudentRow> rows = request.students();
                for (int i = 0; i < rows.size(); i++) {
                    if (badLines.contains(i + firstLine)) {
                        continue;
                    }
                    StudentRow r = rows.get(i);
                    boolean link = Boolean.TRUE.equals(r.libraryLink());
                    ps.setString(1, r.studentNumber().strip());
                    ps.setString(2, blank(r.firstName()));
                    ps.setString(3, r.lastName().strip());
                    ps.setString(4, blank(r.groupName()));
                    ps.setBoolean(5, r.active() == null || r.active());
                    ps.setBoolean(6, link);
                    ps.setString(7, link ? r.consentBy().strip() : blank(r.consentBy()));
                    ps.setTimestamp(8, r.consentAt() == null ? null : Timestamp.from(r.consentAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int created = count(c, "SELECT count(*) FROM import_row i WHERE NOT EXISTS (SELECT 1 FROM patron p"
                    + " WHERE p.school_id = ? AND p.student_number = i.student_number)", schoolId);
            int updated = count(c, "SELECT count(*) FROM import_row i JOIN patron p ON p.school_id = ?"
                    + " AND p.student_number = i.student_number WHERE " + DIFFERS, schoolId);
            int unchanged = request.students().size() - badLines.size() - created - updated;
            int deactivated = Boolean.TRUE.equals(request.deactivateMissing()) ? count(c, "SELECT count(*) FROM patron p"
                    + " WHERE p.school_id = ? AND p.active AND p.student_number IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM import_row i WHERE i.student_number = p.student_number)", schoolId) : 0;
            if (!dryRun) {
                // One statement: the upsert, and a consent audit row for every student whose library link or
                // consent record this import sets or changes (the "consent" CTE sees the rows as they were before).
                execute(c, """
                        WITH consent AS (
                            SELECT i.student_number
                              FROM import_row i
                              LEFT JOIN patron p ON p.school_id = ? AND p.student_number = i.student_number
                             WHERE CASE WHEN p.id IS NULL
                                        THEN i.library_link OR i.consent_by IS NOT NULL OR i.consent_at IS NOT NULL
                                        ELSE (p.library_link, p.library_link_consent_by, p.library_link_consent_at)
                                             IS DISTINCT FROM (i.library_link, i.consent_by, i.consent_at) END),
                        upserted AS (
                            INSERT INTO patron (kind, school_id, student_number, first_name, last_name, group_name, active,
                                                library_link, library_link_consent_by, library_link_consent_at)
                            SELECT 'STUDENT', ?, i.student_number, i.first_name, i.last_name, i.group_name, i.active,
                                   i.library_link, i.consent_by, i.consent_at
                              FROM import_row i
                            ON CONFLICT (school_id, student_number) WHERE student_number IS NOT NULL DO UPDATE SET
                                   first_name = excluded.first_name, last_name = excluded.last_name,
                                   group_name = excluded.group_name, active = excluded.active,
                                   library_link = excluded.library_link,
                                   library_link_consent_by = excluded.library_link_consent_by,
                                   library_link_consent_at = excluded.library_link_consent_at
                             WHERE (patron.first_name, patron.last_name, patron.group_name, patron.active,
                                    patron.library_link, patron.library_link_consent_by, patron.library_link_consent_at)
                                   IS DISTINCT FROM (excluded.first_name, excluded.last_name, excluded.group_name,
                                    excluded.active, excluded.library_link, excluded.library_link_consent_by,
                                    excluded.library_link_consent_at)
                            RETURNING id, student_number, library_link, library_link_consent_by, library_link_consent_at)
                        INSERT INTO library_link_consent (patron_id, library_link, consent_by, consent_at, recorded_at,
                                                          recorded_by, source)
                        SELECT u.id, u.library_link, u.library_link_consent_by, u.library_link_consent_at, ?, ?, 'IMPORT'
                          FROM upserted u JOIN consent USING (student_number)""",
                        schoolId, schoolId, Timestamp.from(clock.instant()), actor.username());
                if (deactivated > 0) {
                    execute(c, "UPDATE patron p SET active = false WHERE p.school_id = ? AND p.active"
                            + " AND p.student_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM import_row i"
                            + " WHERE i.student_number = p.student_number)", schoolId);
                }
                if (updated > 0 || deactivated > 0) {
                    // A deactivated student's token stops working at once (a reactivated one's works again).
                    accounts.studentsChanged();
                }
                execute(c, "INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id,"
                        + " school_id, payload) SELECT ?, 'StudentsImported', 'SCHOOL', s.id, s.organisation_id, s.id,"
                        + " jsonb_build_object('created', " + created + ", 'updated', " + updated + ", 'deactivated', "
                        + deactivated + ", 'by', ?::text) FROM school s WHERE s.id = ?",
                        Timestamp.from(clock.instant()), actor.username(), schoolId);
            }
            return new ImportResult(dryRun, created, updated, unchanged, deactivated, rowErrors);
        } catch (SQLException e) {
            throw new IllegalStateException("Student import failed", e);
        }
    }

    private static final String DIFFERS = """
            (p.first_name, p.last_name, p.group_name, p.active, p.library_link, p.library_link_consent_by,
             p.library_link_consent_at) IS DISTINCT FROM (i.first_name, i.last_name, i.group_name, i.active,
             i.library_link, i.consent_by, i.consent_at)""";

    /** Parses CSV with a header row (RFC 4180 quoting); unknown columns are an error, missing optional ones fine. */
    public static List<StudentRow> parseCsv(String text, List<RowError> errors) {
        List<List<String>> records = Csv.parse(text);
        if (records.isEmpty()) {
            errors.add(new RowError(1, "header", "the file is empty"));
            return List.of();
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        Set<String> known = Set.of("studentNumber", "firstName", "lastName", "groupName", "active", "libraryLink",
                "consentBy", "consentAt");
        for (String column : header) {
            if (!known.contains(column)) {
                errors.add(new RowError(1, column, "unknown column; expected " + String.join(", ", known)));
            }
        }
        List<StudentRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            int line = r + 1;
            java.util.function.Function<String, String> col = name -> {
                int index = header.indexOf(name);
                return index < 0 || index >= values.size() || values.get(index).isBlank() ? null : values.get(index).strip();
            };
            Instant consentAt = null;
            if (col.apply("consentAt") != null) {
                try {
                    consentAt = Instant.parse(col.apply("consentAt"));
                } catch (DateTimeParseException e) {
                    errors.add(new RowError(line, "consentAt", "must be an ISO-8601 instant such as 2026-09-01T10:00:00Z"));
                }
            }
            rows.add(new StudentRow(col.apply("studentNumber"), col.apply("firstName"), col.apply("lastName"),
                    col.apply("groupName"), bool(col.apply("active"), line, "active", errors),
                    bool(col.apply("libraryLink"), line, "libraryLink", errors), col.apply("consentBy"), consentAt));
        }
        return rows;
    }

    private static Boolean bool(String value, int line, String field, List<RowError> errors) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "ja", "1", "yes" -> true;
            case "false", "nee", "0", "no" -> false;
            default -> {
                errors.add(new RowError(line, field, "must be true or false"));
                yield null;
            }
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
