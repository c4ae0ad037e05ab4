package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Issue 7 (AVG): every change of the library link and its consent is recorded — what, who gave it, who recorded it. */
@QuarkusTest
class ConsentAuditApiTest {

    private static Map<String, Object> row(String number, boolean link, String consentBy, String consentAt) {
        Map<String, Object> row = new HashMap<>();
        row.put("studentNumber", number);
        row.put("firstName", "Kind");
        row.put("lastName", "Toestemming");
        row.put("libraryLink", link);
        if (consentBy != null) {
            row.put("consentBy", consentBy);
            row.put("consentAt", consentAt);
        }
        return row;
    }

    @SafeVarargs
    private static void importRows(String token, Map<String, Object>... rows) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("students", List.of(rows)))
                .when().post("/api/students/import").then().statusCode(200);
    }

    @Test
    void the_import_records_who_set_or_withdrew_the_library_link_and_the_student_sees_it_in_the_export() {
        Fixtures.world();
        Builders.School school = Builders.school(true, true, true, 3);
        Clients.Client client = Clients.ofSchool(school.schoolId(), "students:write");
        String token = client.token();

        importRows(token, row("A-1", true, "moeder via schooladministratie", "2026-09-01T10:00:00Z"),
                row("A-2", false, null, null));
        importRows(token, row("A-1", true, "moeder via schooladministratie", "2026-09-01T10:00:00Z"),
                row("A-2", false, null, null));
        importRows(token, row("A-1", false, null, null), row("A-2", false, null, null));
        importRows(token, row("A-1", true, "vader via schooladministratie", "2026-10-01T08:00:00Z"),
                row("A-2", false, null, null));

        long patron = TestDatabase.count("SELECT id FROM patron WHERE school_id = ? AND student_number = 'A-1'",
                school.schoolId());
        long other = TestDatabase.count("SELECT id FROM patron WHERE school_id = ? AND student_number = 'A-2'",
                school.schoolId());
        assertThat(TestDatabase.count("SELECT count(*) FROM library_link_consent WHERE patron_id = ?", other))
                .as("no link and no consent: nothing to record").isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM library_link_consent WHERE patron_id = ? AND source = 'IMPORT'"
                + " AND recorded_by = ?", patron, client.clientId())).as("set, withdrawn, set again").isEqualTo(3);

        given().auth().oauth2(Builders.loginFor(patron).token()).when().get("/api/me/export").then().statusCode(200)
                .body("consent.givenBy", equalTo("vader via schooladministratie"))
                .body("consentHistory", hasSize(3))
                .body("consentHistory.libraryLink", contains(true, false, true))
                .body("consentHistory.givenBy", contains("moeder via schooladministratie", null,
                        "vader via schooladministratie"))
                .body("consentHistory[0].givenAt", equalTo("2026-09-01T10:00:00Z"))
                .body("consentHistory[0].recordedBy", equalTo(client.clientId()))
                .body("consentHistory[0].recordedAt", notNullValue())
                .body("consentHistory[0].source", equalTo("IMPORT"));
    }

    @Test
    void a_dry_run_records_no_consent() {
        Fixtures.world();
        Builders.School school = Builders.school(true, true, true, 3);
        String token = Clients.ofSchool(school.schoolId(), "students:write").token();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("dryRun", true, "students", List.of(row("D-1", true, "ouder", "2026-09-01T10:00:00Z"))))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(1));
        assertThat(TestDatabase.count("SELECT count(*) FROM library_link_consent l JOIN patron p ON p.id = l.patron_id"
                + " WHERE p.school_id = ?", school.schoolId())).isZero();
    }
}
