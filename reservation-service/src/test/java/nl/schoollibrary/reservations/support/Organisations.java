package nl.schoollibrary.reservations.support;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.TestDatabase.insertId;
import static nl.schoollibrary.reservations.support.TestDatabase.update;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A whole organisation of its own (branch, school with school library and policy, staff of each kind, an
 * administrator, a student with a library link and membership, a special pass, titles with copies on the shelf and
 * on loan, and an integration client with every scope), for tests that send many changing requests: whatever they
 * change stays inside this organisation, so the shared fixture world and the other test classes never see it.
 */
public final class Organisations {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Organisations() {
    }

    public record Organisation(long organisationId, long branchId, long schoolId, long schoolLibraryId,
            long studentPatronId, long borrowerPatronId, long passPatronId, String studentCard, String student,
            String schoolStaff, String libraryStaff, String admin, List<Long> titleIds, List<String> barcodes,
            String collectionCode, String clientId, String clientSecret) {

        public String token(String username) {
            return Tokens.login(username);
        }

        public String clientToken() {
            return new Clients.Client(clientId, clientSecret).token();
        }
    }

    public static Organisation fresh() {
        int n = SEQ.incrementAndGet();
        String tag = "OWN" + n + "X" + Math.floorMod(System.nanoTime(), 1000);
        String lower = tag.toLowerCase();
        Organisation partial;
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            partial = create(c, tag, lower);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create an own organisation", e);
        }
        Map<String, Object> client = Map.of("clientId", lower + "-client", "name", "Administratie " + tag,
                "scopes", List.of("students:write", "reservations:read", "loans:read", "events:read", "catalogue:read"),
                "organisationId", partial.organisationId());
        String secret = given().auth().oauth2(Tokens.login(partial.admin())).contentType(ContentType.JSON).body(client)
                .when().post("/api/integration-clients").then().statusCode(201).extract().path("clientSecret");
        return new Organisation(partial.organisationId(), partial.branchId(), partial.schoolId(),
                partial.schoolLibraryId(), partial.studentPatronId(), partial.borrowerPatronId(), partial.passPatronId(),
                partial.studentCard(), partial.student(), partial.schoolStaff(), partial.libraryStaff(), partial.admin(),
                partial.titleIds(), partial.barcodes(), partial.collectionCode(), lower + "-client", secret);
    }

    /**
     * A new administrator of the whole installation, belonging to no organisation (as the first administrator of an
     * empty database is), with the fixture password; answers the username.
     */
    public static String installationAdministrator() {
        Fixtures.world();
        String username = "beheer.installatie" + SEQ.incrementAndGet() + "x" + Math.floorMod(System.nanoTime(), 100_000);
        TestDatabase.count("INSERT INTO app_user (username, password_hash, role, display_name) SELECT ?, password_hash,"
                + " 'ADMIN', 'Beheerder installatie' FROM app_user WHERE username = 'test.admin' RETURNING id", username);
        return username;
    }

    private static Organisation create(Connection c, String tag, String lower) throws SQLException {
        long org = insertId(c, "INSERT INTO organisation (code, name) VALUES ('" + tag + "', 'Bibliotheek " + tag
                + "') RETURNING id");
        int n = SEQ.get();
        String brin = String.format("%02dQZ%02d", n % 100, (n / 100) % 100);
        long school = insertId(c, "INSERT INTO school (organisation_id, brin, name) VALUES (" + org + ", '" + brin
                + "', 'School " + tag + "') RETURNING id");
        update(c, "INSERT INTO school_policy (school_id, reserve_at_school, reserve_at_branches,"
                + " school_only_checked_out, max_active_reservations) VALUES (" + school + ", true, true, false, 50)");
        long branch = insertId(c, "INSERT INTO location (organisation_id, code, name, kind, city) VALUES (" + org
                + ", '" + tag + "-B', 'Vestiging " + tag + "', 'BRANCH', 'Teststad') RETURNING id");
        long library = insertId(c, "INSERT INTO location (organisation_id, code, name, kind, school_id) VALUES ("
                + org + ", '" + tag + "-S', 'Schoolbibliotheek " + tag + "', 'SCHOOL_LIBRARY', " + school
                + ") RETURNING id");
        update(c, "INSERT INTO opening_hours (location_id, weekday, opens, closes) SELECT " + branch
                + ", d, '10:00', '18:00' FROM generate_series(1, 7) d");
        update(c, "INSERT INTO opening_hours (location_id, weekday, opens, closes) SELECT " + library
                + ", d, '08:30', '15:00' FROM generate_series(1, 7) d");
        String card = tag + "C";
        long student = insertId(c, "INSERT INTO patron (kind, first_name, last_name, school_id, group_name,"
                + " student_number, library_link, library_link_consent_by, library_link_consent_at,"
                + " membership_card_number, membership_home_branch_id, membership_valid_until) VALUES ('STUDENT',"
                + " 'Eigen', 'Leerling', " + school + ", 'groep 7', '" + tag + "-1', true, 'ouder', now(), '" + card
                + "', " + branch + ", DATE '2099-12-31') RETURNING id");
        long borrower = insertId(c, "INSERT INTO patron (kind, first_name, last_name, school_id, group_name,"
                + " student_number) VALUES ('STUDENT', 'Eigen', 'Lener', " + school + ", 'groep 8', '" + tag
                + "-2') RETURNING id");
        long pass = insertId(c, "INSERT INTO patron (kind, last_name, owner_location_id) VALUES ('SPECIAL_PASS',"
                + " 'Tentoonstelling " + tag + "', " + branch + ") RETURNING id");
        Fixtures.user(c, lower + ".leerling", "STUDENT", "Eigen Leerling", "patron_id", student);
        Fixtures.user(c, lower + ".school", "SCHOOL_STAFF", "Schoolmedewerker " + tag, "school_id, location_id",
                school + ", " + library);
        Fixtures.user(c, lower + ".bieb", "LIBRARY_STAFF", "Bibliotheekmedewerker " + tag,
                "organisation_id, location_id", org + ", " + branch);
        Fixtures.user(c, lower + ".beheer", "ADMIN", "Beheerder " + tag, "organisation_id", org);
        String collection = tag + "-COL";
        long collectionId = insertId(c, "INSERT INTO collection (organisation_id, code, name) VALUES (" + org + ", '"
                + collection + "', 'Collectie " + tag + "') RETURNING id");
        List<Long> titles = new ArrayList<>();
        List<String> barcodes = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            long title = Builders.title("Eigen titel " + tag);
            titles.add(title);
            barcodes.add(copy(c, tag + "T" + t + "A", title, branch, collectionId, "ON_SHELF", null));
            barcodes.add(copy(c, tag + "T" + t + "B", title, library, null, "ON_SHELF", null));
            barcodes.add(copy(c, tag + "T" + t + "C", title, library, collectionId, "ON_LOAN", borrower));
            barcodes.add(copy(c, tag + "T" + t + "D", title, branch, null, "ON_LOAN", borrower));
        }
        return new Organisation(org, branch, school, library, student, borrower, pass, card, lower + ".leerling",
                lower + ".school", lower + ".bieb", lower + ".beheer", List.copyOf(titles), List.copyOf(barcodes),
                collection, null, null);
    }

    private static String copy(Connection c, String barcode, long title, long location, Long collection, String status,
            Long borrower) throws SQLException {
        long copyId = insertId(c, "INSERT INTO copy (barcode, title_id, owner_location_id, current_location_id,"
                + " collection_id, shelf_mark, status) VALUES (?, ?, ?, ?, ?, 'EIGEN KAST', ?) RETURNING id", barcode,
                title, location, location, collection, status);
        if (borrower != null) {
            update(c, "INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date)"
                    + " VALUES (?, ?, ?, now() - interval '5 days', ?)", copyId, borrower, location,
                    LocalDate.now().plusDays(9));
        }
        return barcode;
    }
}
