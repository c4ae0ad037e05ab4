package nl.schoollibrary.reservations.integration;

import static nl.schoollibrary.reservations.integration.Imports.CSV_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.integration.Imports.School;
import nl.schoollibrary.reservations.integration.Imports.Tables;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A student CSV is read exactly or not at all: a damaged file is refused whole (IMPORT_FILE_INVALID, naming the line),
 * whatever allOrNothing says, and changes nothing; CSV rows are checked like JSON rows.
 */
@QuarkusTest
class StudentImportCsvApiTest {

    /** The risky options: the ones with which a damaged file once deactivated 91 students. */
    private static final Object[] RISKY = {"allOrNothing", false, "deactivateMissing", true};

    private static void refusedAsFile(School school, Tables before, CharSequence csv, String line, String message) {
        refusedAsFile(school, before, csv.toString().getBytes(StandardCharsets.UTF_8), line, message);
    }

    private static void refusedAsFile(School school, Tables before, byte[] csv, String line, String message) {
        Imports.csv(school, csv, RISKY).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("IMPORT_FILE_INVALID")).body("errors[0].field", equalTo(line))
                .body("errors[0].message", containsString(message));
        assertThat(Tables.of(school)).isEqualTo(before);
    }

    @Test
    void a_stray_opening_quote_in_row_21_of_111_refuses_the_file_and_deactivates_nobody() {
        School school = Imports.seeded("Q", 111);
        Tables before = Tables.of(school);
        StringBuilder csv = Imports.csv("Q", 111);
        csv.insert(csv.indexOf("Q-20,") + "Q-20,".length(), '"'); // line 21: student 20 (the header is line 1)
        refusedAsFile(school, before, csv, "line 21", "not closed on this line");
        assertThat(before.active()).isEqualTo(111);
    }

    @Test
    void a_quote_inside_an_unquoted_field_refuses_the_file() {
        School school = Imports.seeded("U", 5);
        Tables before = Tables.of(school);
        refusedAsFile(school, before, Imports.csv("U", 5).append("U-6,Jan \"Johnny\",Jansen,groep 5,,,,\n"),
                "line 7", "not in quotes");
    }

    @Test
    void a_nul_byte_or_another_control_character_refuses_the_file() {
        School school = Imports.seeded("N", 5);
        Tables before = Tables.of(school);
        refusedAsFile(school, before, Imports.csv("N", 5).append("N-6,Da\u0000an,Jansen,groep 5,,,,\n"), "line 7", "NUL");
        refusedAsFile(school, before, Imports.csv("N", 2).append("N-6,Daan,Jan\u001bsen,groep 5,,,,\n"), "line 4",
                "U+001B");
    }

    @Test
    void a_line_with_the_wrong_number_of_fields_refuses_the_file() {
        School school = Imports.seeded("W", 5);
        Tables before = Tables.of(school);
        StringBuilder csv = Imports.csv("W", 5);
        csv.insert(csv.indexOf("W-3,"), "W-6,Daan,Jansen,groep 5\n"); // line 4: four fields of eight
        refusedAsFile(school, before, csv, "line 4", "has 4 field(s) where the header has 8");
    }

    @Test
    void latin_1_bytes_refuse_the_file_with_their_line() {
        School school = Imports.seeded("L", 5);
        Tables before = Tables.of(school);
        byte[] good = Imports.csv("L", 5).toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin = "L-6,Zoë,Maël,groep 4,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[good.length + latin.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(latin, 0, file, good.length, latin.length);
        refusedAsFile(school, before, file, "line 7", "not valid UTF-8 (byte 0xEB)");
    }

    @Test
    void unknown_or_repeated_columns_refuse_the_file() {
        School school = Imports.seeded("H", 3);
        Tables before = Tables.of(school);
        refusedAsFile(school, before, "studentNumber,lastName,klas\nH-1,Achternaam1,5\n", "line 1: klas",
                "not a known column");
        refusedAsFile(school, before, "studentNumber,lastName,lastName\nH-1,Achternaam1,x\n", "line 1: lastName",
                "appears twice");
    }

    @Test
    void more_than_50000_students_refuse_the_file() {
        School school = Imports.school();
        Tables before = Tables.of(school);
        StringBuilder csv = new StringBuilder("studentNumber,lastName\n");
        for (int i = 1; i <= StudentRows.MAX_ROWS + 1; i++) {
            csv.append(i).append(",X\n");
        }
        refusedAsFile(school, before, csv, "line 50002", "more than the 50,000 students");
    }

    @Test
    void the_summary_counts_the_data_lines_of_the_file() {
        School school = Imports.school();
        StringBuilder csv = Imports.csv("R", 7).append("\n\n"); // empty lines at the end hold no students
        Imports.csv(school, csv).statusCode(200).body("rowsRead", equalTo(7)).body("created", equalTo(7));
        Imports.csv(school, csv).statusCode(200).body("rowsRead", equalTo(7)).body("unchanged", equalTo(7));
    }

    @Test
    void over_long_values_are_rejected_rows_with_their_line_like_in_json() {
        School school = Imports.seeded("O", 3);
        Tables before = Tables.of(school);
        String csv = CSV_HEADER + Imports.csvLine("O", 1) + "O-" + "9".repeat(40) + ",Kind,Lang,groep 5,,,,\n"
                + "O-3,Kind," + "L".repeat(151) + ",groep 5,,,,\n" + "O-4,Kind,Jansen," + "g".repeat(41) + ",,,,\n";
        Imports.csv(school, csv).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", equalTo(List.of("line 3: studentNumber", "line 4: lastName", "line 5: groupName")))
                .body("errors[0].message", equalTo("must be at most 40 characters"));
        assertThat(Tables.of(school)).isEqualTo(before);
        Imports.json(school, Map.of("students", List.of(Imports.student("O", 1),
                Map.of("studentNumber", "O-" + "9".repeat(40), "lastName", "Lang"),
                Map.of("studentNumber", "O-3", "lastName", "L".repeat(151)),
                Map.of("studentNumber", "O-4", "lastName", "Jansen", "groupName", "g".repeat(41)))))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", equalTo(List.of("line 2: studentNumber", "line 3: lastName", "line 4: groupName")));
        assertThat(Tables.of(school)).isEqualTo(before);
        // allOrNothing=false: the bad rows are rejected, the others imported (O-1 unchanged, O-4 is not valid).
        Imports.csv(school, csv, "allOrNothing", false).statusCode(200).body("rowsRead", equalTo(4))
                .body("unchanged", equalTo(1)).body("created", equalTo(0)).body("rejected", hasSize(3));
        assertThat(Tables.of(school)).usingRecursiveComparison().ignoringFields("events").isEqualTo(before);
    }

    @Test
    void a_nul_in_a_json_value_is_refused_before_the_import_naming_the_field() {
        School school = Imports.seeded("J", 2);
        Tables before = Tables.of(school);
        Imports.json(school, Map.of("students", List.of(Imports.student("J", 1),
                Map.of("studentNumber", "J-2", "lastName", "Ach\u0000ternaam"))))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("students[1].lastName"))
                .body("errors[0].message", containsString("control characters"));
        assertThat(Tables.of(school)).isEqualTo(before);
    }

    @Test
    void an_unreadable_yes_no_or_date_is_an_error_of_its_row() {
        School school = Imports.school();
        String csv = CSV_HEADER + "Y-1,Kind,Eén,groep 5,misschien,,,\nY-2,Kind,Twee,groep 5,,ja,ouder,gisteren\n";
        Imports.csv(school, csv).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("line 2: active", "line 3: consentAt"));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ?", school.id())).isZero();
    }
}
