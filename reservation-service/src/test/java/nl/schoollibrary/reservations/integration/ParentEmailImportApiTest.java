package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.privacy.Anonymisation;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The parent's e-mail address in the student import (JSON and CSV): set only with consent, removed with an empty
 * value, unchanged when left out, recorded in parent_email_consent; hostile values are row errors (never a 500); a
 * deactivated student keeps no address; the student's export shows it all.
 */
@QuarkusTest
class ParentEmailImportApiTest {

    private static final String AT = "2026-09-01T10:00:00Z";

    @Inject Anonymisation anonymisation;

    private static Map<String, Object> row(String number, String email, String by, String at) {
        Map<String, Object> row = new HashMap<>();
        row.put("studentNumber", number);
        row.put("lastName", "Ouderadres");
        if (email != null) {
            row.put("parentEmail", email);
        }
        if (by != null) {
            row.put("parentEmailConsentBy", by);
        }
        if (at != null) {
            row.put("parentEmailConsentAt", at);
        }
        return row;
    }

    private static long patron(Imports.School school, String number) {
        return TestDatabase.count("SELECT id FROM patron WHERE school_id = ? AND student_number = ?", school.id(),
                number);
    }

    private static String email(long patron) {
        return TestDatabase.string("SELECT coalesce(parent_email, '-') || '|' || coalesce(parent_email_consent_by, '-')"
                + " || '|' || language FROM patron WHERE id = ?", patron);
    }

    private static long audits(long patron) {
        return TestDatabase.count("SELECT count(*) FROM parent_email_consent WHERE patron_id = ?", patron);
    }

    @Test
    void an_address_with_consent_is_set_kept_when_left_out_removed_when_empty_and_every_change_is_recorded() {
        Imports.School school = Imports.school();
        Map<String, Object> first = row("P-1", "moeder@example.org", "moeder via schooladministratie", AT);
        first.put("language", "en");
        Imports.json(school, Map.of("students", List.of(first, row("P-2", null, null, null)))).statusCode(200)
                .body("created", equalTo(2));
        long p1 = patron(school, "P-1");
        long p2 = patron(school, "P-2");
        assertThat(email(p1)).isEqualTo("moeder@example.org|moeder via schooladministratie|en");
        assertThat(email(p2)).isEqualTo("-|-|nl");
        assertThat(audits(p1)).isEqualTo(1);
        assertThat(audits(p2)).isZero();

        // the same again, and the field left out: nothing changes, nothing is recorded
        Imports.json(school, Map.of("students", List.of(first))).statusCode(200).body("unchanged", equalTo(1));
        Imports.json(school, Map.of("students", List.of(row("P-1", null, null, null)))).statusCode(200)
                .body("unchanged", equalTo(1));
        assertThat(audits(p1)).isEqualTo(1);

        // an empty address removes the address and its consent (recorded as withdrawn)
        Imports.json(school, Map.of("students", List.of(row("P-1", "", null, null)))).statusCode(200)
                .body("updated", equalTo(1));
        assertThat(email(p1)).isEqualTo("-|-|en");
        assertThat(TestDatabase.string("SELECT string_agg(coalesce(parent_email, 'none') || '/' || source, ','"
                + " ORDER BY id) FROM parent_email_consent WHERE patron_id = ?", p1))
                .isEqualTo("moeder@example.org/IMPORT,none/IMPORT");

        // the export shows the address, the language and the audit
        Imports.json(school, Map.of("students", List.of(row("P-1", "vader@example.org", "vader", AT)))).statusCode(200);
        given().auth().oauth2(Builders.loginFor(p1).token()).when().get("/api/me/export").then().statusCode(200)
                .body("parentEmail", equalTo("vader@example.org"))
                .body("language", equalTo("en"))
                .body("parentEmailConsents", hasSize(3))
                .body("parentEmailConsents.parentEmail", contains("moeder@example.org", null, "vader@example.org"))
                .body("parentEmailConsents[2].givenBy", equalTo("vader"))
                .body("parentEmailConsents[2].givenAt", equalTo(AT))
                .body("parentEmailConsents[2].source", equalTo("IMPORT"));
    }

    @Test
    void hostile_rows_are_row_errors_and_the_whole_import_changes_nothing() {
        Imports.School school = Imports.school();
        Imports.json(school, Map.of("students", List.of(row("H-1", "moeder@example.org", "moeder", AT))))
                .statusCode(200);
        long h1 = patron(school, "H-1");
        Map<String, String> before = TestDatabase.fingerprints("patron", "parent_email_consent");
        Map<String, Object> badLanguage = row("H-8", null, null, null);
        badLanguage.put("language", "NL");
        Map<String, Object> longLanguage = row("H-9", null, null, null);
        longLanguage.put("language", "n".repeat(5000));
        Imports.json(school, Map.of("students", List.of(
                row("H-1", "geen-adres", "moeder", AT),
                row("H-2", null, "moeder", AT),
                row("H-3", "moeder@example.org", null, null),
                row("H-4", "a".repeat(250) + "@example.org", "moeder", AT),
                row("H-5", "moeder@example.org", "m".repeat(201), AT),
                row("H-6", "moeder@@example.org", "moeder", AT),
                row("H-7", "", "moeder", AT),
                badLanguage, longLanguage,
                row("H-10", "moeder@example.org", "moeder", "2099-01-01T00:00:00Z"),
                row("H-11", "Moeder <moeder@example.org>", "moeder", AT))))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("line 1: parentEmail"))
                .body("errors.field", hasItem("line 2: parentEmail"))
                .body("errors.field", hasItem("line 3: parentEmail"))
                .body("errors.field", hasItem("line 4: parentEmail"))
                .body("errors.field", hasItem("line 5: parentEmailConsentBy"))
                .body("errors.field", hasItem("line 6: parentEmail"))
                .body("errors.field", hasItem("line 7: parentEmail"))
                .body("errors.field", hasItem("line 8: language"))
                .body("errors.field", hasItem("line 9: language"))
                .body("errors.field", hasItem("line 10: parentEmailConsentAt"))
                .body("errors.field", hasItem("line 11: parentEmail"));
        // a line break (a second header) is refused by the request rules before the rows are read
        Imports.json(school, Map.of("students", List.of(row("H-1", "moeder@example.org\r\nBcc: iedereen@example.org",
                "moeder", AT)))).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("students[0].parentEmail"));
        assertThat(TestDatabase.fingerprints("patron", "parent_email_consent")).isEqualTo(before);
        assertThat(email(h1)).startsWith("moeder@example.org|");
    }

    @Test
    void the_csv_import_takes_the_same_columns_and_a_file_without_them_changes_no_address() {
        Imports.School school = Imports.school();
        Imports.csv(school, "studentNumber,lastName,parentEmail,parentEmailConsentBy,parentEmailConsentAt,language\n"
                + "C-1,Csv,ouder@example.org,ouder via sis," + AT + ",en\n"
                + "C-2,Csv,,,,\n").statusCode(200).body("created", equalTo(2));
        long c1 = patron(school, "C-1");
        assertThat(email(c1)).isEqualTo("ouder@example.org|ouder via sis|en");
        assertThat(email(patron(school, "C-2"))).isEqualTo("-|-|nl");

        Imports.csv(school, "studentNumber,lastName\nC-1,Csv\nC-2,Csv\n").statusCode(200)
                .body("unchanged", equalTo(2));
        assertThat(email(c1)).isEqualTo("ouder@example.org|ouder via sis|en");

        Map<String, String> before = TestDatabase.fingerprints("patron", "parent_email_consent");
        Imports.csv(school, "studentNumber,parentEmail,parentEmailConsentBy,parentEmailConsentAt\n"
                + "C-1,geen adres,ouder," + AT + "\n"
                + "C-2,,ouder,gisteren\n").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("line 2: parentEmail"))
                .body("errors.field", hasItem("line 3: parentEmailConsentAt"));
        assertThat(TestDatabase.fingerprints("patron", "parent_email_consent")).isEqualTo(before);
    }

    @Test
    void a_student_deactivated_by_the_import_loses_the_parent_address_and_the_anonymisation_catches_the_rest() {
        Imports.School school = Imports.school();
        Imports.json(school, Map.of("students", List.of(row("D-1", "een@example.org", "ouder", AT),
                row("D-2", "twee@example.org", "ouder", AT), row("D-3", "drie@example.org", "ouder", AT),
                row("D-4", null, null, null), row("D-5", null, null, null), row("D-6", null, null, null))))
                .statusCode(200);
        long d1 = patron(school, "D-1");
        long d2 = patron(school, "D-2");
        long d3 = patron(school, "D-3");

        // D-1 deactivated by its row, D-2 by being left out of a deactivating import
        Map<String, Object> inactive = row("D-1", null, null, null);
        inactive.put("active", false);
        Imports.json(school, Map.of("deactivateMissing", true, "students", List.of(inactive,
                row("D-3", null, null, null), row("D-4", null, null, null), row("D-5", null, null, null),
                row("D-6", null, null, null)))).statusCode(200).body("deactivated", equalTo(1));
        assertThat(email(d1)).startsWith("-|-|");
        assertThat(email(d2)).startsWith("-|-|");
        assertThat(email(d3)).startsWith("drie@example.org|");
        assertThat(TestDatabase.count("SELECT count(*) FROM parent_email_consent WHERE patron_id IN (?, ?)"
                + " AND parent_email IS NULL AND source = 'IMPORT'", d1, d2)).isEqualTo(2);

        // a student made inactive another way: the anonymisation job removes the address
        TestDatabase.execute("UPDATE patron SET active = false WHERE id = ?", d3);
        assertThat(anonymisation.run().parentEmails()).isGreaterThanOrEqualTo(1);
        assertThat(email(d3)).startsWith("-|-|");
        assertThat(TestDatabase.string("SELECT source FROM parent_email_consent WHERE patron_id = ? ORDER BY id DESC"
                + " LIMIT 1", d3)).isEqualTo("ANONYMISATION");
    }
}
