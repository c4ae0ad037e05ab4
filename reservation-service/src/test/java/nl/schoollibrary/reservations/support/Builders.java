package nl.schoollibrary.reservations.support;

import static nl.schoollibrary.reservations.support.TestDatabase.inConnection;
import static nl.schoollibrary.reservations.support.TestDatabase.insertId;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, isolated data for one test: titles, copies and students of their own, in the shared fixture world, so tests
 * never see each other's reservations.
 */
public final class Builders {

    private static final AtomicInteger SEQ = new AtomicInteger(1000);

    private Builders() {
    }

    public record Student(long patronId, String username) {
        public String token() {
            return Tokens.login(username);
        }
    }

    public static long title(String name) {
        int n = SEQ.incrementAndGet();
        String base = String.format("97890%07d", n);
        return insertId("INSERT INTO title (isbn, title, authors, age_group) VALUES (?, ?, 'Test Auteur', '9-12')"
                + " RETURNING id", base + isbnCheck(base), name + " " + n);
    }

    /** A title of its own with one copy at a location (see {@link #copy(long, long, String)}); answers the title. */
    public static long titleWithCopy(String name, long locationId, String status) {
        long title = title(name);
        copy(title, locationId, status);
        return title;
    }

    /** A title with one copy (its barcode) on loan at a pickup location, and a student who may reserve it there. */
    public record Reservable(long titleId, String barcode, long pickupLocationId, Student student) {
    }

    /** A title of its own with one copy on loan at the fixture school's library, and a new student of that school. */
    public static Reservable reservableAtSchool(String titleName) {
        Fixtures.World w = Fixtures.world();
        long title = title(titleName);
        String barcode = copy(title, w.schoolLibraryId(), "ON_LOAN");
        return new Reservable(title, barcode, w.schoolLibraryId(), student(w.schoolId()));
    }

    /** A copy owned by and at a location; ON_LOAN copies get an open loan with a due date in {@code dueInDays}. */
    public static String copy(long titleId, long locationId, String status) {
        return copy(titleId, locationId, status, 7);
    }

    public static String copy(long titleId, long locationId, String status, int dueInDays) {
        String barcode = "B" + SEQ.incrementAndGet();
        long copyId = insertId("INSERT INTO copy (barcode, title_id, owner_location_id, current_location_id, shelf_mark,"
                + " status) VALUES (?, ?, ?, ?, 'JEUGD TEST', ?) RETURNING id", barcode, titleId, locationId, locationId,
                status);
        if ("ON_LOAN".equals(status)) {
            long borrower = borrower(locationId);
            TestDatabase.execute("INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date)"
                    + " VALUES (?, ?, ?, now() - interval '7 days', ?)", copyId, borrower, locationId,
                    LocalDate.now().plusDays(dueInDays));
        }
        return barcode;
    }

    /** Blocks the copy for title reservations (code 8, NOT_RESERVABLE) until the end of a day; with null for good. */
    public static void notReservable(String barcode, LocalDate until) {
        TestDatabase.execute("UPDATE copy SET reservation_block = 'NOT_RESERVABLE', reservation_block_until = ?"
                + " WHERE barcode = ?", until, barcode);
    }

    /** Blocks the copy for loans until the end of a day, with a reason. */
    public static void loanBlocked(String barcode, LocalDate until, String reason) {
        TestDatabase.execute("UPDATE copy SET loan_blocked = true, loan_block_until = ?, loan_block_reason = ?"
                + " WHERE barcode = ?", until, reason, barcode);
    }

    /** A branch of the fixture organisation of its own, for tests that look at a whole location. */
    public static long branch(String name) {
        int n = SEQ.incrementAndGet();
        return insertId("INSERT INTO location (organisation_id, code, name, kind) VALUES (?, ?, ?, 'BRANCH') RETURNING id",
                Fixtures.world().organisationId(), "TST-B" + n, name + " " + n);
    }

    public record School(long schoolId, long libraryId, String staffUsername) {
    }

    /** A school of its own with a school library, a policy and a staff login. */
    public static School school(boolean atSchool, boolean atBranches, boolean onlyCheckedOut, int max) {
        int n = SEQ.incrementAndGet();
        long org = Fixtures.world().organisationId();
        String brin = String.format("%02dXY", n % 100) + String.format("%02d", (n / 100) % 100);
        long school = insertId("INSERT INTO school (organisation_id, brin, name) VALUES (?, ?, ?) RETURNING id", org,
                brin, "Testschool " + n);
        policy(school, atSchool, atBranches, onlyCheckedOut, max);
        long library = insertId("INSERT INTO location (organisation_id, code, name, kind, school_id) VALUES (?, ?, ?,"
                + " 'SCHOOL_LIBRARY', ?) RETURNING id", org, "TST-S" + n, "Schoolbibliotheek " + n, school);
        String staff = "staf" + n;
        inConnection(c -> Fixtures.user(c, staff, "SCHOOL_STAFF", "Staf " + n, "school_id, location_id",
                school + ", " + library));
        return new School(school, library, staff);
    }

    /** A copy with a given shelf mark. */
    public static String shelvedCopy(long titleId, long locationId, String shelfMark, String status) {
        String barcode = "B" + SEQ.incrementAndGet();
        insertId("INSERT INTO copy (barcode, title_id, owner_location_id, current_location_id, shelf_mark, status)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", barcode, titleId, locationId, locationId, shelfMark, status);
        return barcode;
    }

    public static Student student(long schoolId) {
        return student(schoolId, false, null, null);
    }

    /** A student with a login; with a library link (consent recorded) and/or a membership when asked. */
    public static Student student(long schoolId, boolean link, Long homeBranchId, LocalDate membershipValidUntil) {
        int n = SEQ.incrementAndGet();
        String card = homeBranchId == null ? null : "C" + n;
        long patronId = insertId("INSERT INTO patron (kind, first_name, last_name, school_id, group_name, student_number,"
                + " library_link, library_link_consent_by, library_link_consent_at, membership_card_number,"
                + " membership_home_branch_id, membership_valid_until) VALUES ('STUDENT', 'Leerling', ?, ?, 'groep 6', ?,"
                + " ?, ?, ?, ?, ?, ?) RETURNING id", "Nummer" + n, schoolId, "S" + n, link,
                link ? "ouder via schooladministratie" : null, link ? java.sql.Timestamp.valueOf("2026-09-01 10:00:00") : null,
                card, homeBranchId, homeBranchId == null ? null : membershipValidUntil);
        String username = "leerling" + n;
        Fixtures.world();
        inConnection(c -> Fixtures.user(c, username, "STUDENT", "Leerling Nummer" + n, "patron_id", patronId));
        return new Student(patronId, username);
    }

    /** A student login for a patron that exists already (e.g. one made by a student import). */
    /**
     * A login with the test password for a student: a new one, or (a student imported, who got a login without a
     * password) that login renamed and given the password.
     */
    public static Student loginFor(long patronId) {
        String username = "leerling" + SEQ.incrementAndGet();
        TestDatabase.execute("INSERT INTO app_user (username, password_hash, role, display_name, patron_id)"
                + " VALUES (?, ?, 'STUDENT', ?, ?) ON CONFLICT (patron_id) DO UPDATE SET username = excluded.username,"
                + " password_hash = excluded.password_hash, must_change_password = false,"
                + " temporary_password_expires_at = NULL", username, Fixtures.hash(), "Leerling " + username, patronId);
        return new Student(patronId, username);
    }

    public static String studentNumberOf(Student student) {
        return TestDatabase.string("SELECT student_number FROM patron WHERE id = ?", student.patronId());
    }

    public static String cardOf(Student student) {
        return "C" + student.username().substring("leerling".length());
    }

    public static void policy(long schoolId, boolean atSchool, boolean atBranches, boolean onlyCheckedOut, int max) {
        TestDatabase.execute("INSERT INTO school_policy (school_id, reserve_at_school, reserve_at_branches,"
                + " school_only_checked_out, max_active_reservations) VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id)"
                + " DO UPDATE SET reserve_at_school = excluded.reserve_at_school, reserve_at_branches ="
                + " excluded.reserve_at_branches, school_only_checked_out = excluded.school_only_checked_out,"
                + " max_active_reservations = excluded.max_active_reservations", schoolId, atSchool, atBranches,
                onlyCheckedOut, max);
    }

    public static String status(String barcode) {
        return TestDatabase.string("SELECT status FROM copy WHERE barcode = ?", barcode);
    }

    private static long borrower(long locationId) {
        Fixtures.World w = Fixtures.world();
        return TestDatabase.count("SELECT id FROM patron WHERE school_id = ? AND student_number = 'T002'", w.schoolId());
    }

    private static int isbnCheck(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
