package nl.schoollibrary.reservations.support;

import static nl.schoollibrary.reservations.support.TestDatabase.insertId;
import static nl.schoollibrary.reservations.support.TestDatabase.update;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A small, known world for the API tests, created once per test run (the tests never load the demo data):
 * organisation TST with branch TST-CENTRUM and school library TST-SB-ZON of school "Testschool De Zon".
 */
public final class Fixtures {

    public static final String PASSWORD = "geheim123";
    /** bcrypt with cost 4: verifies fast in tests; production hashes use the configured cost. */
    private static final String HASH = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());

    private static World world;

    /** The hash of {@link #PASSWORD}. */
    public static String hash() {
        return HASH;
    }

    private Fixtures() {
    }

    public record World(long organisationId, long branchId, long schoolId, long schoolLibraryId, long otherSchoolId,
            long dolfjeId, long boekId, long cafeId, long studentUserId, long studentPatronId, long otherBranchId,
            long otherSchoolLibraryId, long noReservingSchoolId) {
    }

    public static synchronized World world() {
        if (world == null) {
            try (Connection c = TestDatabase.connect()) {
                c.setAutoCommit(false);
                world = create(c);
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test fixtures", e);
            }
        }
        return world;
    }

    private static World create(Connection c) throws SQLException {
        long org = insertId(c, "INSERT INTO organisation (code, name) VALUES ('TST', 'Testbibliotheek') RETURNING id");
        long school = insertId(c, "INSERT INTO school (organisation_id, brin, name) VALUES (" + org
                + ", '99ZZ', 'Testschool De Zon') RETURNING id");
        long otherSchool = insertId(c, "INSERT INTO school (organisation_id, brin, name) VALUES (" + org
                + ", '98ZZ', 'Testschool De Maan') RETURNING id");
        update(c, "INSERT INTO school_policy (school_id, reserve_at_school, reserve_at_branches) VALUES (" + school
                + ", true, true), (" + otherSchool + ", true, false)");
        long branch = insertId(c, "INSERT INTO location (organisation_id, code, name, kind, city) VALUES (" + org
                + ", 'TST-CENTRUM', 'Testvestiging Centrum', 'BRANCH', 'Teststad') RETURNING id");
        long schoolLibrary = insertId(c, "INSERT INTO location (organisation_id, code, name, kind, school_id,"
                + " pickup_days, loan_days) VALUES (" + org + ", 'TST-SB-ZON', 'Schoolbibliotheek De Zon',"
                + " 'SCHOOL_LIBRARY', " + school + ", 5, 14) RETURNING id");
        update(c, "INSERT INTO opening_hours (location_id, weekday, opens, closes) SELECT " + branch
                + ", d, '10:00', '18:00' FROM generate_series(2, 6) d");
        update(c, "INSERT INTO opening_hours (location_id, weekday, opens, closes) SELECT " + schoolLibrary
                + ", d, '08:30', '15:00' FROM generate_series(1, 5) d");
        update(c, "WITH k AS (INSERT INTO closure (from_date, to_date, reason) VALUES (DATE '2099-12-20',"
                + " DATE '2100-01-03', 'Kerstvakantie') RETURNING id) INSERT INTO closed_period (closure_id, location_id,"
                + " from_date, to_date, reason) SELECT k.id, " + schoolLibrary + ", DATE '2099-12-20', DATE '2100-01-03',"
                + " 'Kerstvakantie' FROM k");
        update(c, "INSERT INTO theme (code, name_nl, name_en) VALUES ('tst-griezelen', 'Griezelen (test)',"
                + " 'Spooky (test)'), ('tst-dieren', 'Dieren (test)', 'Animals (test)')");
        long dolfje = title(c, "9789000000019", "Dolfje Weerwolfje", "Paul van Loon", "Dolfje Weerwolfje", "6-9",
                "Dolfje is een jonge weerwolf die bij een gewone familie woont.");
        long boek = title(c, "9789000000026", "Het boek van alle dingen", "Guus Kuijer", null, "9-12",
                "Thomas ziet dingen die niemand anders ziet.");
        long cafe = title(c, "9789000000033", "Het café van de vos", "Test Auteur", null, "4-6",
                "Een prentenboek over een vos met een eigen café.");
        update(c, "INSERT INTO title_theme (title_id, theme_id) SELECT " + dolfje
                + ", id FROM theme WHERE code = 'tst-griezelen'");
        update(c, "INSERT INTO title_theme (title_id, theme_id) SELECT " + cafe
                + ", id FROM theme WHERE code = 'tst-dieren'");
        // Dolfje: two copies at the school library, both on loan; one on the shelf at the branch.
        copy(c, "TST0001", dolfje, schoolLibrary, "AVI-E4 LOON", "ON_LOAN");
        copy(c, "TST0002", dolfje, schoolLibrary, "AVI-E4 LOON", "ON_LOAN");
        copy(c, "TST0003", dolfje, branch, "JEUGD LOON", "ON_SHELF");
        copy(c, "TST0004", boek, branch, "JEUGD KUIJ", "ON_SHELF");
        copy(c, "TST0005", boek, branch, "JEUGD KUIJ", "MISSING");
        copy(c, "TST0006", cafe, schoolLibrary, "PRENT TEST", "ON_SHELF");
        long patron = insertId(c, "INSERT INTO patron (kind, first_name, last_name, school_id, group_name,"
                + " student_number) VALUES ('STUDENT', 'Sanne', 'de Test', " + school + ", 'groep 6', 'T001')"
                + " RETURNING id");
        long borrower = insertId(c, "INSERT INTO patron (kind, first_name, last_name, school_id, group_name,"
                + " student_number) VALUES ('STUDENT', 'Bram', 'Lezer', " + school + ", 'groep 7', 'T002')"
                + " RETURNING id");
        update(c, "INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date) SELECT id, " + borrower
                + ", " + schoolLibrary + ", now() - interval '3 days', DATE '" + LocalDate.now().plusDays(11)
                + "' FROM copy WHERE barcode = 'TST0001'");
        update(c, "INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date) SELECT id, " + borrower
                + ", " + schoolLibrary + ", now() - interval '1 day', DATE '" + LocalDate.now().plusDays(13)
                + "' FROM copy WHERE barcode = 'TST0002'");
        long user = user(c, "test.sanne", "STUDENT", "Sanne de Test", "patron_id", patron);
        user(c, "test.school", "SCHOOL_STAFF", "Schoolmedewerker Test", "school_id, location_id",
                school + ", " + schoolLibrary);
        user(c, "test.bieb", "LIBRARY_STAFF", "Bibliotheekmedewerker Test", "organisation_id, location_id",
                org + ", " + branch);
        long otherBranch = insertId(c, "INSERT INTO location (organisation_id, code, name, kind, city) VALUES (" + org
                + ", 'TST-NOORD', 'Testvestiging Noord', 'BRANCH', 'Teststad') RETURNING id");
        long otherSchoolLibrary = insertId(c, "INSERT INTO location (organisation_id, code, name, kind, school_id)"
                + " VALUES (" + org + ", 'TST-SB-MAAN', 'Schoolbibliotheek De Maan', 'SCHOOL_LIBRARY', " + otherSchool
                + ") RETURNING id");
        long noReserving = insertId(c, "INSERT INTO school (organisation_id, brin, name) VALUES (" + org
                + ", '97ZZ', 'Testschool Het Palet') RETURNING id");
        update(c, "INSERT INTO school_policy (school_id, reserve_at_school, reserve_at_branches) VALUES (" + noReserving
                + ", false, false)");
        update(c, "INSERT INTO location (organisation_id, code, name, kind, school_id) VALUES (" + org
                + ", 'TST-SB-PALET', 'Schoolbibliotheek Het Palet', 'SCHOOL_LIBRARY', " + noReserving + ")");
        user(c, "test.bieb.noord", "LIBRARY_STAFF", "Medewerker Noord", "organisation_id, location_id",
                org + ", " + otherBranch);
        user(c, "test.school.maan", "SCHOOL_STAFF", "Schoolmedewerker Maan", "school_id, location_id",
                otherSchool + ", " + otherSchoolLibrary);
        user(c, "test.admin", "ADMIN", "Beheerder Test", "organisation_id", org);
        long otherOrg = insertId(c, "INSERT INTO organisation (code, name) VALUES ('TST-ANDER', 'Andere bibliotheek')"
                + " RETURNING id");
        long otherOrgBranch = insertId(c, "INSERT INTO location (organisation_id, code, name, kind) VALUES (" + otherOrg
                + ", 'TST-ANDER-1', 'Andere vestiging', 'BRANCH') RETURNING id");
        user(c, "test.ander", "LIBRARY_STAFF", "Medewerker Andere Bieb", "organisation_id, location_id",
                otherOrg + ", " + otherOrgBranch);
        return new World(org, branch, school, schoolLibrary, otherSchool, dolfje, boek, cafe, user, patron,
                otherBranch, otherSchoolLibrary, noReserving);
    }

    private static long title(Connection c, String isbn, String title, String authors, String series, String age,
            String description) throws SQLException {
        return insertId(c, "INSERT INTO title (isbn, title, authors, series, age_group, description, publication_year)"
                + " VALUES (?, ?, ?, ?, ?, ?, 2001) RETURNING id", isbn, title, authors, series, age, description);
    }

    private static void copy(Connection c, String barcode, long title, long location, String shelfMark, String status)
            throws SQLException {
        update(c, "INSERT INTO copy (barcode, title_id, owner_location_id, current_location_id, shelf_mark, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", barcode, title, location, location, shelfMark, status);
    }

    static long user(Connection c, String username, String role, String name, String columns, Object values)
            throws SQLException {
        return insertId(c, "INSERT INTO app_user (username, password_hash, role, display_name, " + columns
                + ") VALUES (?, ?, ?, ?, " + values + ") RETURNING id", username, HASH, role, name);
    }
}
