package nl.schoollibrary.reservations.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.schoollibrary.reservations.integration.IntegrationDtos.StudentRow;
import org.junit.jupiter.api.Test;

/** The row rules of the student import, the same for CSV and JSON rows. */
class StudentRowsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant CONSENT = Instant.parse("2026-09-01T10:00:00Z");

    private static List<String> errors(StudentRow... rows) {
        List<StudentRows.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            lines.add(new StudentRows.Line(i + 2, rows[i]));
        }
        return StudentRows.validate(lines, CLOCK).stream().map(e -> e.line() + " " + e.field()).toList();
    }

    private static StudentRow row(String number, String lastName) {
        return new StudentRow(number, null, lastName, null, null, null, null, null);
    }

    private static StudentRow link(Boolean link, String by, Instant at) {
        return new StudentRow("L-1", null, null, null, null, link, by, at);
    }

    @Test
    void only_the_student_number_is_needed_and_every_other_field_may_be_left_out() {
        assertThat(errors(row("A-1", null), new StudentRow("A-2", "", "Jansen", "", true, null, null, null))).isEmpty();
    }

    @Test
    void a_student_number_is_required_once_and_the_last_name_cannot_be_emptied() {
        assertThat(errors(row(" ", "Jansen"), row("A-1", "Jansen"), row(" A-1 ", "Smit"), row("A-2", "  ")))
                .containsExactly("2 studentNumber", "4 studentNumber", "5 lastName");
    }

    @Test
    void lengths_are_counted_in_characters_as_the_database_counts_them() {
        String emoji = "😀".repeat(40); // 80 UTF-16 units, 40 characters
        assertThat(errors(row(emoji, "Jansen"))).isEmpty();
        assertThat(errors(row(emoji + "x", "Jansen"), new StudentRow("A-2", "k".repeat(101), "l".repeat(151),
                "g".repeat(41), null, true, "c".repeat(201), CONSENT))).containsExactly("2 studentNumber",
                        "3 firstName", "3 lastName", "3 groupName", "3 consentBy");
    }

    @Test
    void control_characters_are_refused_in_every_text() {
        assertThat(errors(row("A\u00001", "Jansen"), row("A-2", "Jan\tsen"), new StudentRow("A-3", "Da\nan", null,
                "groep\r5", null, null, null, null))).containsExactly("2 studentNumber", "3 lastName", "4 firstName",
                        "4 groupName");
    }

    @Test
    void the_link_changes_only_with_its_consent_and_consent_only_with_the_link() {
        assertThat(errors(link(true, "ouder", CONSENT))).isEmpty();
        assertThat(errors(link(false, null, null))).as("a withdrawal").isEmpty();
        assertThat(errors(link(null, null, null))).as("link and consent unchanged").isEmpty();
        assertThat(errors(link(true, "ouder", null))).containsExactly("2 libraryLink");
        assertThat(errors(link(true, " ", CONSENT))).containsExactly("2 libraryLink");
        assertThat(errors(link(null, "ouder", null))).containsExactly("2 libraryLink");
        assertThat(errors(link(null, null, CONSENT))).containsExactly("2 libraryLink");
    }

    @Test
    void consent_lies_between_2000_and_now() {
        assertThat(errors(link(true, "ouder", Instant.parse("2026-10-02T00:00:00Z")))).containsExactly("2 consentAt");
        assertThat(errors(link(true, "ouder", Instant.parse("1999-12-31T23:59:59Z")))).containsExactly("2 consentAt");
        assertThat(errors(link(true, "ouder", Instant.parse("-10000-01-01T00:00:00Z")))).containsExactly("2 consentAt");
    }

    @Test
    void an_empty_row_is_an_error_of_its_line() {
        assertThat(errors(Arrays.asList(row("A-1", "Jansen"), null).toArray(StudentRow[]::new)))
                .containsExactly("3 row");
    }
}
