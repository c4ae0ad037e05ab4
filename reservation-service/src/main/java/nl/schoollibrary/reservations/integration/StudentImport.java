package nl.schoollibrary.reservations.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.auth.ActiveAccounts;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.auth.StudentUsernames;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.integration.DeactivationSafeguard.Refusal;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportResult;
import nl.schoollibrary.reservations.integration.IntegrationDtos.RowError;
import nl.schoollibrary.reservations.integration.IntegrationDtos.StudentRow;

/**
 * Student import for one school, keyed by the school's student number: create, update, deactivate. The rows (of a CSV
 * file or a JSON body, checked by {@link StudentRows} alike) go into a temporary table; one statement plans every row
 * against the school's students (a value left out keeps the student's value), and one statement each creates,
 * updates (only what differs) and deactivates, so the same import twice changes nothing. The library link changes
 * only with its consent record (who and when) — AVG — and every change of link or consent is kept in the audit table
 * {@code library_link_consent} with the client that recorded it; nothing is recorded when nothing changed. The
 * parent's e-mail address likewise, with its audit table {@code parent_email_consent}; a deactivated student keeps no
 * parent address.
 * All-or-nothing by default: one bad row rejects the import with every bad line listed. Deactivating the missing
 * students is guarded by {@link DeactivationSafeguard}. Imports into one school run one at a time.
 *
 * <p>Every imported student gets a login (or keeps the one they have): the username of the row, else one made by the
 * school's rule ({@link StudentUsernames}); a username of the row that another account has is an error of that row
 * (USERNAME_TAKEN). The names are found for all rows at once (a few statements, not one per row). A new login has no
 * password: the school gives the student a login card with a start code. The answer never holds a password or code.
 */
@ApplicationScoped
public class StudentImport {

    /** How the import runs (the request's options). */
    public record Options(boolean dryRun, boolean deactivateMissing, boolean allOrNothing, Integer confirmDeactivation) {
    }

    private static final int MAX_LISTED_ERRORS = 200;

    private final Jdbc jdbc;
    private final IntegrationReads reads;
    private final Clock clock;
    private final DeactivationSafeguard safeguard;
    private final ActiveAccounts accounts;

    public StudentImport(Jdbc jdbc, IntegrationReads reads, Clock clock, AppConfig config, ActiveAccounts accounts) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.clock = clock;
        this.accounts = accounts;
        this.safeguard = new DeactivationSafeguard(config.studentImport().maxDeactivationPercent());
    }

    /** The students of a JSON import, each row numbered by its position (1 is the first). */
    public ImportResult importJson(Actor actor, ImportRequest request) {
        long school = school(actor, request.schoolId());
        List<StudentRows.Line> lines = new ArrayList<>(request.students().size());
        for (int i = 0; i < request.students().size(); i++) {
            lines.add(new StudentRows.Line(i + 1, request.students().get(i)));
        }
        Options options = new Options(Boolean.TRUE.equals(request.dryRun()),
                Boolean.TRUE.equals(request.deactivateMissing()), request.allOrNothing() == null || request.allOrNothing(),
                request.confirmDeactivation());
        return run(actor, school, options, lines, List.of());
    }

    /** The students of a CSV file; the school is checked before the file is read. */
    public ImportResult importCsv(Actor actor, Long schoolId, Options options, InputStream csv) {
        long school = school(actor, schoolId);
        StudentCsv.Read read = StudentCsv.read(csv);
        return run(actor, school, options, read.lines(), read.rowErrors());
    }

    /**
     * The school to import into: the client's own, one of the organisation's (organisation clients), or any school
     * (administrators, who manage the whole installation).
     */
    private long school(Actor actor, Long requested) {
        if (actor.role() == Role.INTEGRATION && actor.schoolId() != null) {
            if (requested != null && !requested.equals(actor.schoolId())) {
                throw ProblemException.notFound("School", requested);
            }
            return actor.schoolId();
        }
        if (requested == null) {
            throw ProblemException.invalid("schoolId", "is required for a client of a whole organisation");
        }
        boolean known = actor.role() == Role.ADMIN ? reads.organisationOfSchool(requested).isPresent()
                : reads.schoolOf(actor.organisationId(), requested);
        if (!known) {
            throw ProblemException.notFound("School", requested);
        }
        return requested;
    }

    /**
     * Imports {@code lines} into the school. {@code readErrors} are rows whose values could not be read (CSV); they
     * count as rejected rows like those {@link StudentRows} rejects.
     */
    @Transactional
    ImportResult run(Actor actor, long schoolId, Options options, List<StudentRows.Line> lines,
            List<RowError> readErrors) {
        if (options.confirmDeactivation() != null && !options.deactivateMissing()) {
            throw ProblemException.invalid("confirmDeactivation", "only with deactivateMissing=true");
        }
        List<RowError> errors = new ArrayList<>(readErrors);
        errors.addAll(StudentRows.validate(lines, clock));
        // One import per school at a time: the plan, the safeguard's count and the changes see the same students.
        jdbc.list("SELECT id FROM school WHERE id = ? FOR NO KEY UPDATE", rs -> rs.getLong(1), schoolId);
        Set<Integer> rejected = new HashSet<>();
        errors.forEach(e -> rejected.add(e.line()));
        load(lines, rejected);
        plan(schoolId);
        // Needs the school's students: a new student (not there yet) must have a last name.
        List<RowError> newWithoutName = jdbc.list("SELECT line FROM import_plan WHERE patron_id IS NULL AND last_name"
                + " IS NULL ORDER BY line", rs -> new RowError(rs.getInt(1), "lastName", "is required for a new student"));
        if (!newWithoutName.isEmpty()) {
            errors.addAll(newWithoutName);
            errors.sort(Comparator.comparingInt(RowError::line));
            newWithoutName.forEach(e -> rejected.add(e.line()));
            jdbc.update("DELETE FROM import_plan WHERE patron_id IS NULL AND last_name IS NULL");
        }
        List<RowError> loginErrors = planLogins(schoolId);
        if (!loginErrors.isEmpty()) {
            errors.addAll(loginErrors);
            errors.sort(Comparator.comparingInt(RowError::line));
            loginErrors.forEach(e -> rejected.add(e.line()));
        }
        if (!errors.isEmpty() && options.allOrNothing()) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, rejected.size()
                    + " row(s) are not valid; nothing was imported.", listed(errors), Map.of());
        }

        record Counts(int created, int updated, int unchanged, int logins) {
        }
        Counts counts = jdbc.one("SELECT count(*) FILTER (WHERE patron_id IS NULL), count(*) FILTER (WHERE changed),"
                + " count(*) FILTER (WHERE patron_id IS NOT NULL AND NOT changed),"
                + " (SELECT count(*) FROM import_login) FROM import_plan",
                rs -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).orElseThrow();
        int activeBefore = (int) jdbc.count("SELECT count(*) FROM patron WHERE school_id = ? AND active"
                + " AND student_number IS NOT NULL", schoolId);
        int deactivated = 0;
        Optional<Refusal> refusal = Optional.empty();
        if (options.deactivateMissing()) {
            deactivated = (int) jdbc.count("SELECT count(*) FROM patron p WHERE " + MISSING, schoolId);
            DeactivationSafeguard.Plan plan = new DeactivationSafeguard.Plan(lines.size(), rejected.size(),
                    activeBefore, deactivated);
            refusal = safeguard.check(plan, options.confirmDeactivation());
            if (refusal.isPresent() && !options.dryRun()) {
                throw refused(refusal.get(), plan, options.confirmDeactivation(), errors);
            }
        }
        if (!options.dryRun()) {
            write(actor, schoolId, options.deactivateMissing());
            if (counts.updated() > 0 || deactivated > 0) {
                // A deactivated student's token stops working at once (a reactivated one's works again).
                accounts.studentsChanged();
            }
            jdbc.update("INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id,"
                    + " school_id, payload) SELECT ?, 'StudentsImported', 'SCHOOL', s.id, s.organisation_id, s.id,"
                    + " jsonb_build_object('created', ?::int, 'updated', ?::int, 'deactivated', ?::int,"
                    + " 'loginsCreated', ?::int, 'by', ?::text) FROM school s WHERE s.id = ?", clock.instant(),
                    counts.created(), counts.updated(), deactivated, counts.logins(), actor.username(), schoolId);
        }
        return new ImportResult(options.dryRun(), lines.size(), counts.created(), counts.updated(), counts.unchanged(),
                counts.logins(), activeBefore, deactivated, refusal.orElse(null), options.allOrNothing() ? List.of()
                        : List.copyOf(errors));
    }

    /** The valid rows into a temporary table (one statement: the columns as arrays). */
    private void load(List<StudentRows.Line> lines, Set<Integer> rejected) {
        jdbc.update("""
                CREATE TEMP TABLE IF NOT EXISTS import_row (
                    line int NOT NULL, student_number text PRIMARY KEY,
                    first_name text, set_first_name boolean NOT NULL, last_name text,
                    group_name text, set_group_name boolean NOT NULL, active boolean,
                    library_link boolean, consent_by text, consent_at timestamptz, username text,
                    set_parent_email boolean NOT NULL, parent_email text, pe_consent_by text,
                    pe_consent_at timestamptz, language text) ON COMMIT DROP""");
        jdbc.update("TRUNCATE import_row");
        List<StudentRows.Line> valid = lines.stream().filter(l -> !rejected.contains(l.number())).toList();
        int n = valid.size();
        Integer[] line = new Integer[n];
        String[] number = new String[n];
        String[] firstName = new String[n];
        Boolean[] setFirstName = new Boolean[n];
        String[] lastName = new String[n];
        String[] groupName = new String[n];
        Boolean[] setGroupName = new Boolean[n];
        Boolean[] active = new Boolean[n];
        Boolean[] link = new Boolean[n];
        String[] consentBy = new String[n];
        String[] consentAt = new String[n];
        String[] username = new String[n];
        Boolean[] setParentEmail = new Boolean[n];
        String[] parentEmail = new String[n];
        String[] peConsentBy = new String[n];
        String[] peConsentAt = new String[n];
        String[] language = new String[n];
        for (int i = 0; i < n; i++) {
            StudentRow r = valid.get(i).row();
            line[i] = valid.get(i).number();
            number[i] = StudentRows.strip(r.studentNumber());
            firstName[i] = emptyToNull(r.firstName());
            setFirstName[i] = r.firstName() != null;
            lastName[i] = StudentRows.strip(r.lastName());
            groupName[i] = emptyToNull(r.groupName());
            setGroupName[i] = r.groupName() != null;
            active[i] = r.active();
            link[i] = r.libraryLink();
            // Consent travels with the link: without libraryLink the row names none (StudentRows refuses it).
            consentBy[i] = r.libraryLink() == null ? null : emptyToNull(r.consentBy());
            consentAt[i] = r.libraryLink() == null || r.consentAt() == null ? null : r.consentAt().toString();
            username[i] = emptyToNull(StudentUsernames.typed(r.username()));
            // The parent's address travels with its consent; an empty address removes both (StudentRows checks it).
            setParentEmail[i] = r.parentEmail() != null;
            parentEmail[i] = emptyToNull(r.parentEmail());
            peConsentBy[i] = parentEmail[i] == null ? null : emptyToNull(r.parentEmailConsentBy());
            peConsentAt[i] = parentEmail[i] == null ? null : r.parentEmailConsentAt().toString();
            language[i] = emptyToNull(r.language());
        }
        jdbc.update("INSERT INTO import_row SELECT * FROM unnest(?::int[], ?::text[], ?::text[], ?::boolean[],"
                + " ?::text[], ?::text[], ?::boolean[], ?::boolean[], ?::boolean[], ?::text[], ?::timestamptz[],"
                + " ?::text[], ?::boolean[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])", line, number,
                firstName, setFirstName, lastName, groupName, setGroupName, active, link, consentBy, consentAt, username,
                setParentEmail, parentEmail, peConsentBy, peConsentAt, language);
    }

    /**
     * Every row against the school's student with its number: the values after the import (left out = as it is; a
     * new student is active and without link unless the row says otherwise), whether anything differs, and whether
     * the link or its consent changes (then an audit row is written). The same for the parent's address and its
     * consent, which a student who is (or becomes) inactive does not keep.
     */
    private void plan(long schoolId) {
        jdbc.update("DROP TABLE IF EXISTS import_plan");
        jdbc.update("""
                CREATE TEMP TABLE import_plan ON COMMIT DROP AS
                SELECT x.*,
                       x.patron_id IS NOT NULL
                           AND (x.old_first_name, x.old_last_name, x.old_group_name, x.old_active, x.old_link,
                                x.old_consent_by, x.old_consent_at, x.old_parent_email, x.old_pe_consent_by,
                                x.old_pe_consent_at, x.old_language)
                               IS DISTINCT FROM (x.first_name, x.last_name, x.group_name, x.active, x.library_link,
                                x.consent_by, x.consent_at, x.parent_email, x.pe_consent_by, x.pe_consent_at,
                                x.language) AS changed,
                       CASE WHEN x.patron_id IS NULL
                            THEN x.library_link OR x.consent_by IS NOT NULL OR x.consent_at IS NOT NULL
                            ELSE (x.old_link, x.old_consent_by, x.old_consent_at)
                                 IS DISTINCT FROM (x.library_link, x.consent_by, x.consent_at) END AS consent_changed,
                       CASE WHEN x.patron_id IS NULL THEN x.parent_email IS NOT NULL
                            ELSE (x.old_parent_email, x.old_pe_consent_by, x.old_pe_consent_at)
                                 IS DISTINCT FROM (x.parent_email, x.pe_consent_by, x.pe_consent_at)
                       END AS parent_email_changed
                  FROM (SELECT y.*,
                               CASE WHEN y.active THEN y.new_parent_email END AS parent_email,
                               CASE WHEN y.active THEN y.new_pe_consent_by END AS pe_consent_by,
                               CASE WHEN y.active THEN y.new_pe_consent_at END AS pe_consent_at
                          FROM (SELECT i.line, i.student_number, p.id AS patron_id,
                               CASE WHEN i.set_first_name THEN i.first_name ELSE p.first_name END AS first_name,
                               coalesce(i.last_name, p.last_name) AS last_name,
                               CASE WHEN i.set_group_name THEN i.group_name ELSE p.group_name END AS group_name,
                               coalesce(i.active, p.active, true) AS active,
                               coalesce(i.library_link, p.library_link, false) AS library_link,
                               CASE WHEN i.library_link IS NULL THEN p.library_link_consent_by ELSE i.consent_by END
                                   AS consent_by,
                               CASE WHEN i.library_link IS NULL THEN p.library_link_consent_at ELSE i.consent_at END
                                   AS consent_at,
                               p.first_name AS old_first_name, p.last_name AS old_last_name,
                               p.group_name AS old_group_name, p.active AS old_active, p.library_link AS old_link,
                               p.library_link_consent_by AS old_consent_by, p.library_link_consent_at AS old_consent_at,
                               CASE WHEN i.set_parent_email THEN i.parent_email ELSE p.parent_email END
                                   AS new_parent_email,
                               CASE WHEN i.set_parent_email THEN i.pe_consent_by ELSE p.parent_email_consent_by END
                                   AS new_pe_consent_by,
                               CASE WHEN i.set_parent_email THEN i.pe_consent_at ELSE p.parent_email_consent_at END
                                   AS new_pe_consent_at,
                               coalesce(i.language, p.language, 'nl') AS language,
                               p.parent_email AS old_parent_email, p.parent_email_consent_by AS old_pe_consent_by,
                               p.parent_email_consent_at AS old_pe_consent_at, p.language AS old_language
                          FROM import_row i
                          LEFT JOIN patron p ON p.school_id = ? AND p.student_number = i.student_number) y) x""",
                schoolId);
    }

    /** Creates, updates, records consent, deactivates: set-based, in this order (the audit joins the new students). */
    private void write(Actor actor, long schoolId, boolean deactivateMissing) {
        try {
            jdbc.update("""
                    INSERT INTO patron (kind, school_id, student_number, first_name, last_name, group_name, active,
                                        library_link, library_link_consent_by, library_link_consent_at, language,
                                        parent_email, parent_email_consent_by, parent_email_consent_at)
                    SELECT 'STUDENT', ?, student_number, first_name, last_name, group_name, active, library_link,
                           consent_by, consent_at, language, parent_email, pe_consent_by, pe_consent_at
                      FROM import_plan WHERE patron_id IS NULL""", schoolId);
        } catch (Jdbc.UniqueViolation e) {
            throw new ProblemException(ErrorCode.CONFLICT, "Students of this school were added at the same time;"
                    + " nothing was imported. Please try again.");
        }
        jdbc.update("""
                UPDATE patron p
                   SET first_name = x.first_name, last_name = x.last_name, group_name = x.group_name,
                       active = x.active, library_link = x.library_link, library_link_consent_by = x.consent_by,
                       library_link_consent_at = x.consent_at, language = x.language, parent_email = x.parent_email,
                       parent_email_consent_by = x.pe_consent_by, parent_email_consent_at = x.pe_consent_at
                  FROM import_plan x
                 WHERE p.id = x.patron_id AND x.changed""");
        jdbc.update("""
                INSERT INTO library_link_consent (patron_id, library_link, consent_by, consent_at, recorded_at,
                                                  recorded_by, source)
                SELECT p.id, x.library_link, x.consent_by, x.consent_at, ?, ?, 'IMPORT'
                  FROM import_plan x JOIN patron p ON p.school_id = ? AND p.student_number = x.student_number
                 WHERE x.consent_changed""", clock.instant(), actor.username(), schoolId);
        jdbc.update("""
                INSERT INTO parent_email_consent (patron_id, parent_email, consent_by, consent_at, recorded_at,
                                                  recorded_by, source)
                SELECT p.id, x.parent_email, x.pe_consent_by, x.pe_consent_at, ?, ?, 'IMPORT'
                  FROM import_plan x JOIN patron p ON p.school_id = ? AND p.student_number = x.student_number
                 WHERE x.parent_email_changed""", clock.instant(), actor.username(), schoolId);
        try {
            jdbc.update("""
                    INSERT INTO app_user (username, role, display_name, patron_id, created_at, created_by)
                    SELECT l.username, 'STUDENT', left(coalesce(p.first_name || ' ', '') || p.last_name, 200), p.id,
                           ?, ?
                      FROM import_login l JOIN import_plan x ON x.line = l.line
                      JOIN patron p ON p.school_id = ? AND p.student_number = x.student_number""",
                    clock.instant(), actor.username(), schoolId);
        } catch (Jdbc.UniqueViolation e) {
            throw new ProblemException(ErrorCode.CONFLICT, "A username of this import was taken at the same time;"
                    + " nothing was imported. Please try again.");
        }
        if (deactivateMissing) {
            // A deactivated student's parent gets no more mail: the address and its consent go (recorded).
            jdbc.update("""
                    INSERT INTO parent_email_consent (patron_id, parent_email, consent_by, consent_at, recorded_at,
                                                      recorded_by, source)
                    SELECT p.id, NULL, NULL, NULL, ?, ?, 'IMPORT' FROM patron p
                     WHERE p.parent_email IS NOT NULL AND\s""" + MISSING + " ORDER BY p.id", clock.instant(),
                    actor.username(), schoolId);
            jdbc.update("UPDATE patron p SET active = false, parent_email = NULL, parent_email_consent_by = NULL,"
                    + " parent_email_consent_at = NULL WHERE " + MISSING, schoolId);
        }
    }

    /** A row whose student has no login yet: the names the username is made of, and the one the row gives. */
    private record Needed(int line, String studentNumber, String firstName, String lastName, String given) {
    }

    /**
     * The logins the import makes, into {@code import_login} (line, username): for every planned row whose student
     * has no login. A username the row gives that another account has is an error of the row, which leaves the plan;
     * the others are made by the school's rule, with a number from 2 on for a name that is taken (by an account, or
     * by another row), looked up for all rows at once in a few rounds (names 1-9, then 10-99, …).
     */
    private List<RowError> planLogins(long schoolId) {
        jdbc.update("DROP TABLE IF EXISTS import_login");
        jdbc.update("CREATE TEMP TABLE import_login (line int PRIMARY KEY, username text NOT NULL UNIQUE)"
                + " ON COMMIT DROP");
        List<Needed> needed = jdbc.list("""
                SELECT x.line, x.student_number, x.first_name, x.last_name, i.username
                  FROM import_plan x JOIN import_row i ON i.line = x.line
                 WHERE x.patron_id IS NULL OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.patron_id = x.patron_id)
                 ORDER BY x.line""", rs -> new Needed(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5)));
        if (needed.isEmpty()) {
            return List.of();
        }
        record SchoolRule(String brin, StudentUsernames.Rule rule) {
        }
        SchoolRule school = jdbc.one("SELECT brin, student_username_rule FROM school WHERE id = ?",
                rs -> new SchoolRule(rs.getString(1), StudentUsernames.Rule.valueOf(rs.getString(2))), schoolId)
                .orElseThrow();
        List<String> given = needed.stream().map(Needed::given).filter(Objects::nonNull).toList();
        Set<String> taken = new HashSet<>(given.isEmpty() ? List.of() : jdbc.list("SELECT username FROM app_user"
                + " WHERE username = ANY(?)", rs -> rs.getString(1), (Object) given.toArray(String[]::new)));
        List<RowError> errors = new ArrayList<>();
        Map<Integer, String> assigned = new LinkedHashMap<>();
        Set<String> reserved = new HashSet<>();
        Map<Integer, String> bases = new LinkedHashMap<>();
        for (Needed row : needed) {
            if (row.given() == null) {
                bases.put(row.line(), StudentUsernames.base(school.rule(), school.brin(), row.studentNumber(),
                        row.firstName(), row.lastName()));
            } else if (taken.contains(row.given())) {
                errors.add(new RowError(row.line(), "username", ErrorCode.USERNAME_TAKEN + ": " + row.given()
                        + " is the username of another account"));
            } else {
                assigned.put(row.line(), row.given());
                reserved.add(row.given());
            }
        }
        int from = 1;
        int to = 9;
        while (!bases.isEmpty()) {
            List<String> candidates = new ArrayList<>();
            for (String base : new HashSet<>(bases.values())) {
                for (int n = from; n <= to; n++) {
                    candidates.add(StudentUsernames.withNumber(base, n));
                }
            }
            Set<String> inUse = new HashSet<>(jdbc.list("SELECT username FROM app_user WHERE username = ANY(?)",
                    rs -> rs.getString(1), (Object) candidates.toArray(String[]::new)));
            for (var it = bases.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                for (int n = from; n <= to; n++) {
                    String name = StudentUsernames.withNumber(entry.getValue(), n);
                    if (!inUse.contains(name) && reserved.add(name)) {
                        assigned.put(entry.getKey(), name);
                        it.remove();
                        break;
                    }
                }
            }
            from = to + 1;
            to = to * 10 + 9;
        }
        if (!errors.isEmpty()) {
            jdbc.update("DELETE FROM import_plan WHERE line = ANY(?)",
                    (Object) errors.stream().map(RowError::line).toArray(Integer[]::new));
        }
        jdbc.update("INSERT INTO import_login SELECT * FROM unnest(?::int[], ?::text[])",
                assigned.keySet().toArray(Integer[]::new), assigned.values().toArray(String[]::new));
        return errors;
    }

    /** Active students of the school that the import does not name (a rejected row names nobody). */
    private static final String MISSING = "p.school_id = ? AND p.active AND p.student_number IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM import_plan x WHERE x.student_number = p.student_number)";

    private ProblemException refused(Refusal refusal, DeactivationSafeguard.Plan plan, Integer confirmed,
            List<RowError> errors) {
        int would = plan.wouldDeactivate();
        String nothing = " Nothing was imported.";
        return switch (refusal) {
            case ROWS_REJECTED -> new ProblemException(ErrorCode.DEACTIVATION_REFUSED, plan.rowsRejected()
                    + " row(s) were rejected, and deactivateMissing would deactivate their students. Correct the rows,"
                    + " or import without deactivateMissing." + nothing, listed(errors), Map.of());
            case NO_DATA_ROWS -> new ProblemException(ErrorCode.DEACTIVATION_REFUSED, "The import names no students:"
                    + " deactivateMissing would deactivate all " + plan.activeStudents() + " active students of the"
                    + " school." + nothing, List.of(new Problem.FieldError("deactivateMissing",
                            "needs at least one student in the import")), Map.of());
            case CONFIRMATION_MISMATCH -> new ProblemException(ErrorCode.DEACTIVATION_REFUSED, "confirmDeactivation is "
                    + confirmed + ", but this import would deactivate " + would + " student(s)." + nothing,
                    List.of(new Problem.FieldError("confirmDeactivation", "does not match: this import would deactivate "
                            + would)), Map.of());
            case CONFIRMATION_REQUIRED -> new ProblemException(ErrorCode.DEACTIVATION_REFUSED, String.format(Locale.ROOT,
                    "This import would deactivate %d of the school's %d active students (%d%%); more than %d (%d%%)"
                            + " needs confirmation. Check the file; if it is right, send confirmDeactivation=%d.%s",
                    would, plan.activeStudents(), plan.activeStudents() == 0 ? 100 : would * 100 / plan.activeStudents(),
                    safeguard.allowedWithoutConfirmation(plan.activeStudents()), safeguard.maxPercent(), would, nothing),
                    List.of(new Problem.FieldError("confirmDeactivation", "must be " + would + " to deactivate " + would
                            + " student(s)")), Map.of());
        };
    }

    private static List<Problem.FieldError> listed(List<RowError> errors) {
        return errors.stream().limit(MAX_LISTED_ERRORS)
                .map(e -> new Problem.FieldError("line " + e.line() + ": " + e.field(), e.message())).toList();
    }

    private static String emptyToNull(String value) {
        String stripped = StudentRows.strip(value);
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }
}
