package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.integration.Imports.CSV_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.integration.Imports.School;
import nl.schoollibrary.reservations.integration.Imports.Tables;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An import never loses a student by mistake: what it leaves out stays as it is, and deactivating the students it
 * leaves out is refused (DEACTIVATION_REFUSED) when rows were rejected, when it names nobody, or above a fifth of the
 * school without the exact number confirmed.
 */
@QuarkusTest
class StudentImportSafeguardApiTest {

    private static void unchangedButTheEvent(School school, Tables before) {
        assertThat(Tables.of(school)).usingRecursiveComparison().ignoringFields("events").isEqualTo(before);
    }

    /** The import refused to deactivate the students it leaves out. */
    private static ValidatableResponse deactivationRefused(ValidatableResponse response) {
        return response.statusCode(422).body("code", equalTo("DEACTIVATION_REFUSED"));
    }

    private static String value(School school, String column, String number) {
        return TestDatabase.string("SELECT " + column + "::text FROM patron WHERE school_id = ? AND student_number = ?",
                school.id(), number);
    }

    @Test
    void a_file_without_the_link_and_consent_columns_changes_no_link_and_records_no_consent() {
        School school = Imports.seeded("M", 120);
        Tables before = Tables.of(school);
        assertThat(before.linked()).isEqualTo(60);
        StringBuilder csv = new StringBuilder("studentNumber,firstName,lastName,groupName\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("M-").append(i).append(",Kind").append(i).append(",Achternaam").append(i).append(",groep ")
                    .append(1 + i % 8).append('\n');
        }
        Imports.csv(school, csv).statusCode(200).body("rowsRead", equalTo(120)).body("unchanged", equalTo(120))
                .body("updated", equalTo(0));
        unchangedButTheEvent(school, before);
        // A new school year: every group changes; links and consent stay, and no consent is recorded.
        Imports.csv(school, csv.toString().replace(",groep ", ",klas ")).statusCode(200).body("updated", equalTo(120));
        Tables after = Tables.of(school);
        assertThat(after.linked()).isEqualTo(60);
        assertThat(after.consents()).isEqualTo(before.consents());
        assertThat(after.allConsents()).isEqualTo(before.allConsents());
        assertThat(value(school, "group_name", "M-2")).isEqualTo("klas 3");
        assertThat(value(school, "library_link_consent_by", "M-2")).isEqualTo(Imports.CONSENT_BY);
    }

    @Test
    void a_field_left_out_of_a_json_row_stays_as_it_is_and_an_empty_name_or_group_clears() {
        School school = Imports.seeded("F", 2);
        Tables before = Tables.of(school);
        Imports.json(school, Map.of("students", List.of(Map.of("studentNumber", "F-2"), Map.of("studentNumber", "F-1",
                "lastName", "Achternaam1")))).statusCode(200).body("unchanged", equalTo(2)).body("updated", equalTo(0));
        unchangedButTheEvent(school, before);

        Imports.json(school, Map.of("students", List.of(Map.of("studentNumber", "F-2", "groupName", "", "active", false))))
                .statusCode(200).body("updated", equalTo(1));
        assertThat(value(school, "group_name", "F-2")).isNull();
        assertThat(value(school, "first_name", "F-2")).isEqualTo("Kind2");
        assertThat(value(school, "active", "F-2")).isEqualTo("false");
        assertThat(value(school, "library_link", "F-2")).as("the link is not touched").isEqualTo("true");
        Imports.json(school, Map.of("students", List.of(Map.of("studentNumber", "F-2", "lastName", "Nieuw"))))
                .statusCode(200).body("updated", equalTo(1));
        assertThat(value(school, "active", "F-2")).as("left out: still inactive").isEqualTo("false");
        assertThat(Tables.of(school).consents()).isEqualTo(before.consents());
    }

    @Test
    void consent_without_the_link_and_a_new_student_without_a_last_name_are_rejected_rows() {
        School school = Imports.seeded("K", 1);
        Tables before = Tables.of(school);
        Imports.json(school, Map.of("students", List.of(Map.of("studentNumber", "K-1", "consentBy", "ouder",
                "consentAt", Imports.CONSENT_AT)))).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("line 1: libraryLink"));
        Imports.csv(school, "studentNumber,active\nK-1,true\nK-2,true\n").statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("line 3: lastName"))
                .body("errors[0].message", equalTo("is required for a new student"));
        assertThat(Tables.of(school)).isEqualTo(before);
        Imports.csv(school, "studentNumber,active\nK-1,true\nK-2,true\n", "allOrNothing", false).statusCode(200)
                .body("unchanged", equalTo(1)).body("rejected[0].line", equalTo(3));
        unchangedButTheEvent(school, before);
    }

    @Test
    void a_header_only_file_changes_nothing_and_may_not_deactivate_the_school() {
        School school = Imports.seeded("E", 10);
        Tables before = Tables.of(school);
        deactivationRefused(Imports.csv(school, CSV_HEADER, "deactivateMissing", true))
                .body("detail", containsString("names no students"));
        deactivationRefused(Imports.csv(school, CSV_HEADER, "deactivateMissing", true, "confirmDeactivation", 10));
        deactivationRefused(Imports.json(school, Map.of("students", List.of(), "deactivateMissing", true,
                "confirmDeactivation", 10)));
        assertThat(Tables.of(school)).isEqualTo(before);
        Imports.csv(school, CSV_HEADER, "deactivateMissing", true, "dryRun", true).statusCode(200)
                .body("rowsRead", equalTo(0)).body("deactivated", equalTo(10))
                .body("deactivationRefused", equalTo("NO_DATA_ROWS"));
        Imports.csv(school, CSV_HEADER).statusCode(200).body("rowsRead", equalTo(0)).body("created", equalTo(0));
        unchangedButTheEvent(school, before);
    }

    @Test
    void deactivating_more_than_a_fifth_needs_the_exact_number_confirmed_and_the_dry_run_says_so() {
        School school = Imports.seeded("D", 10);
        Tables before = Tables.of(school);
        StringBuilder seven = Imports.csv("D", 7);
        deactivationRefused(Imports.csv(school, seven, "deactivateMissing", true))
                .body("errors[0].field", equalTo("confirmDeactivation"))
                .body("errors[0].message", equalTo("must be 3 to deactivate 3 student(s)"))
                .body("detail", containsString("3 of the school's 10 active students (30%)"));
        Imports.csv(school, seven, "deactivateMissing", true, "dryRun", true).statusCode(200)
                .body("dryRun", equalTo(true)).body("deactivated", equalTo(3)).body("activeBefore", equalTo(10))
                .body("deactivationRefused", equalTo("CONFIRMATION_REQUIRED"));
        deactivationRefused(Imports.csv(school, seven, "deactivateMissing", true, "confirmDeactivation", 2))
                .body("detail", containsString("would deactivate 3"));
        Imports.csv(school, seven, "deactivateMissing", true, "dryRun", true, "confirmDeactivation", 3).statusCode(200)
                .body("deactivationRefused", nullValue());
        assertThat(Tables.of(school)).isEqualTo(before);

        Imports.csv(school, seven, "deactivateMissing", true, "confirmDeactivation", 3).statusCode(200)
                .body("deactivated", equalTo(3)).body("unchanged", equalTo(7));
        assertThat(Tables.of(school).active()).isEqualTo(7);
        assertThat(value(school, "active", "D-8")).isEqualTo("false");
    }

    @Test
    void up_to_a_fifth_is_deactivated_without_confirmation() {
        School school = Imports.seeded("V", 10);
        Imports.json(school, Map.of("students", List.of(Imports.student("V", 1)), "deactivateMissing", true,
                "dryRun", true)).statusCode(200).body("deactivated", equalTo(9))
                .body("deactivationRefused", equalTo("CONFIRMATION_REQUIRED"));
        Imports.csv(school, Imports.csv("V", 8), "deactivateMissing", true).statusCode(200)
                .body("deactivated", equalTo(2)).body("activeBefore", equalTo(10));
        assertThat(Tables.of(school).active()).isEqualTo(8);
    }

    @Test
    void a_rejected_row_refuses_deactivating_the_missing_students() {
        School school = Imports.seeded("B", 10);
        Tables before = Tables.of(school);
        String csv = Imports.csv("B", 10).toString().replace("B-4,Kind4,Achternaam4,groep 5",
                "B-4,Kind4,Achternaam4," + "g".repeat(41));
        deactivationRefused(Imports.csv(school, csv, "allOrNothing", false, "deactivateMissing", true))
                .body("errors[0].field", equalTo("line 5: groupName"));
        deactivationRefused(Imports.csv(school, csv, "allOrNothing", false, "deactivateMissing", true,
                "confirmDeactivation", 1));
        assertThat(Tables.of(school)).isEqualTo(before);
        Imports.csv(school, csv, "allOrNothing", false, "deactivateMissing", true, "dryRun", true).statusCode(200)
                .body("deactivated", equalTo(1)).body("deactivationRefused", equalTo("ROWS_REJECTED"))
                .body("rejected[0].line", equalTo(5));
        assertThat(Tables.of(school)).isEqualTo(before);
    }

    @Test
    void confirming_without_deactivating_is_a_mistake_and_an_unknown_school_is_not_found() {
        School school = Imports.school();
        Imports.csv(school, Imports.csv("C", 1), "confirmDeactivation", 0).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("confirmDeactivation"));
        Imports.csv(school, Imports.csv("C", 1), "confirmDeactivation", "drie").statusCode(400)
                .body("errors[0].field", equalTo("confirmDeactivation"));
        Map<String, Object> body = new HashMap<>();
        body.put("schoolId", 999_999_999);
        body.put("students", List.of(Imports.student("C", 1)));
        given().auth().oauth2(Tokens.login("test.admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/students/import").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.login("test.admin")).contentType("text/csv").queryParam("schoolId", 999_999_999)
                .body(Imports.csv("C", 1).toString()).when().post("/api/students/import").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ?", school.id())).isZero();
    }
}
