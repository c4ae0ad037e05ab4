package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;

/** Student imports for the API tests: a fresh school with a client, its students, requests, and their effect. */
final class Imports {

    static final String CONSENT_BY = "ouder via schooladministratie";
    static final String CONSENT_AT = "2026-09-01T10:00:00Z";
    static final String CSV_HEADER = "studentNumber,firstName,lastName,groupName,active,libraryLink,consentBy,consentAt\n";

    private Imports() {
    }

    /** A new school (nobody else's students) and a token of a client that may import into it. */
    record School(long id, String token) {
    }

    static School school() {
        Fixtures.world();
        long id = Builders.school(true, false, true, 3).schoolId();
        return new School(id, Clients.ofSchool(id, "students:write").token());
    }

    /** A new school with students 1..n imported already (see {@link #seed}). */
    static School seeded(String prefix, int n) {
        School school = school();
        seed(school, prefix, n);
        return school;
    }

    /** A JSON row with every field; students with an even number have a library link with consent. */
    static Map<String, Object> student(String prefix, int i) {
        Map<String, Object> row = new HashMap<>();
        row.put("studentNumber", prefix + "-" + i);
        row.put("firstName", "Kind" + i);
        row.put("lastName", "Achternaam" + i);
        row.put("groupName", "groep " + (1 + i % 8));
        row.put("libraryLink", i % 2 == 0);
        if (i % 2 == 0) {
            row.put("consentBy", CONSENT_BY);
            row.put("consentAt", CONSENT_AT);
        }
        return row;
    }

    /** The same student as a CSV line of {@link #CSV_HEADER}. */
    static String csvLine(String prefix, int i) {
        return prefix + "-" + i + ",Kind" + i + ",Achternaam" + i + ",groep " + (1 + i % 8) + ",true,"
                + (i % 2 == 0 ? "true," + CONSENT_BY + "," + CONSENT_AT : "false,,") + "\n";
    }

    /** Students 1..n of the school, imported as JSON. */
    static void seed(School school, String prefix, int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(student(prefix, i));
        }
        json(school, Map.of("students", rows)).statusCode(200).body("created", equalTo(n));
    }

    /** The CSV file with students 1..n, as imported by {@link #seed}. */
    static StringBuilder csv(String prefix, int n) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 1; i <= n; i++) {
            csv.append(csvLine(prefix, i));
        }
        return csv;
    }

    static ValidatableResponse json(School school, Map<String, ?> body) {
        return given().auth().oauth2(school.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/students/import").then();
    }

    static ValidatableResponse csv(School school, CharSequence text, Object... query) {
        return csv(school, text.toString().getBytes(StandardCharsets.UTF_8), query);
    }

    /** Posts the bytes as text/csv; {@code query} is name, value, name, value… */
    static ValidatableResponse csv(School school, byte[] bytes, Object... query) {
        var request = given().auth().oauth2(school.token()).contentType("text/csv").body(bytes);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().post("/api/students/import").then();
    }

    /**
     * What an import can change: the school's students (counted, and every value in one fingerprint), the consent
     * audit and the import events, and the whole patron and consent tables.
     */
    record Tables(long students, long active, long linked, long consents, long events, String fingerprint,
            long allPatrons, long allConsents) {

        static Tables of(School school) {
            long id = school.id();
            return new Tables(
                    TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ?", id),
                    TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ? AND active", id),
                    TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ? AND library_link", id),
                    TestDatabase.count("SELECT count(*) FROM library_link_consent l JOIN patron p ON p.id = l.patron_id"
                            + " WHERE p.school_id = ?", id),
                    TestDatabase.count("SELECT count(*) FROM domain_event WHERE school_id = ? AND type = 'StudentsImported'",
                            id),
                    TestDatabase.string("SELECT coalesce(md5(string_agg(concat_ws('|', student_number, first_name,"
                            + " last_name, group_name, active, library_link, library_link_consent_by,"
                            + " library_link_consent_at), ',' ORDER BY id)), '') FROM patron WHERE school_id = ?", id),
                    TestDatabase.count("SELECT count(*) FROM patron"),
                    TestDatabase.count("SELECT count(*) FROM library_link_consent"));
        }
    }
}
