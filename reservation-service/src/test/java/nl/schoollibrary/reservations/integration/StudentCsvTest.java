package nl.schoollibrary.reservations.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import org.junit.jupiter.api.Test;

/** Reading a student CSV: lines numbered as in the file, every kind of damage refused with the line where it is. */
class StudentCsvTest {

    private static final String HEADER = "studentNumber,firstName,lastName,groupName\n";

    private static StudentCsv.Read read(byte[] bytes) {
        return StudentCsv.read(new ByteArrayInputStream(bytes));
    }

    private static StudentCsv.Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem.FieldError> refusal(byte[] bytes) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> read(bytes));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_INVALID);
        return e.errors();
    }

    private static List<Problem.FieldError> refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of {@code n} good students after the header: line k + 1 holds student k. */
    private static StringBuilder students(int n) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            csv.append("S-").append(i).append(",Kind,Achternaam ").append(i).append(",groep 5\n");
        }
        return csv;
    }

    @Test
    void every_data_line_is_read_with_its_line_number_in_the_file() {
        StudentCsv.Read read = read("\uFEFF" + HEADER + "A-1,Sanne,de Vries,groep 6\r\n\r\n\"A-2\",\"Daan, Jr.\",\"Jansen\",\n"
                + "A-3,Mees,\"van \"\"t Hof\",groep 8");
        assertThat(read.lines()).extracting(StudentRows.Line::number).containsExactly(2, 4, 5);
        assertThat(read.lines().get(1).row().firstName()).isEqualTo("Daan, Jr.");
        assertThat(read.lines().get(1).row().groupName()).as("an empty cell clears").isEmpty();
        assertThat(read.lines().get(2).row().lastName()).isEqualTo("van \"t Hof");
        assertThat(read.rowErrors()).isEmpty();
    }

    @Test
    void semicolons_separate_when_the_header_has_more_of_them() {
        StudentCsv.Read read = read("studentNumber;lastName;consentBy\nB-1;de Vries;ouder, via school\n");
        assertThat(read.lines()).singleElement().satisfies(l -> {
            assertThat(l.row().lastName()).isEqualTo("de Vries");
            assertThat(l.row().consentBy()).isEqualTo("ouder, via school");
        });
    }

    @Test
    void a_column_left_out_is_null_and_an_empty_yes_no_cell_too() {
        StudentRows.Line line = read("studentNumber,active\nC-1,\n").lines().get(0);
        assertThat(line.row().lastName()).isNull();
        assertThat(line.row().firstName()).isNull();
        assertThat(line.row().libraryLink()).isNull();
        assertThat(line.row().active()).isNull();
    }

    @Test
    void a_stray_opening_quote_is_refused_at_its_line_and_does_not_swallow_the_lines_after_it() {
        StringBuilder csv = students(110);
        int at = csv.indexOf("S-20,") + "S-20,".length();
        csv.insert(at, '"');
        assertThat(refusal(csv.toString())).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("line 21");
            assertThat(e.message()).contains("not closed on this line");
        });
    }

    @Test
    void a_quote_that_is_not_closed_at_the_end_of_the_file_is_refused() {
        assertThat(refusal(HEADER + "D-1,Sanne,\"de Vries,groep 6")).extracting(Problem.FieldError::field)
                .containsExactly("line 2");
    }

    @Test
    void a_quote_inside_an_unquoted_field_and_text_after_a_closing_quote_are_refused() {
        assertThat(refusal(HEADER + "E-1,Sanne,de \"Vries\",groep 6\n")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("not in quotes"));
        assertThat(refusal(HEADER + "E-1,Sanne,ok\nE-2,\"Sanne\"x,de Vries,groep 6\n")).singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("line 3");
                    assertThat(e.message()).contains("after the closing quote");
                });
    }

    @Test
    void latin_1_bytes_are_refused_with_their_line_even_past_the_first_chunk() {
        StringBuilder csv = students(2000); // longer than one chunk of characters
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin = "F-1,Zoë,Maël,groep 4\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[good.length + latin.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(latin, 0, file, good.length, latin.length);
        assertThat(refusal(file)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("line 2002");
            assertThat(e.message()).contains("UTF-8").contains("0xEB");
        });
    }

    @Test
    void nul_and_other_control_characters_are_refused_with_their_line() {
        assertThat(refusal(HEADER + "G-1,Sanne,de Vries,groep 6\nG-2,Da\u0000an,Jansen,groep 7\n")).singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("line 3");
                    assertThat(e.message()).contains("NUL");
                });
        assertThat(refusal(HEADER + "G-1,Sanne,de\u0085Vries,groep 6\n")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("U+0085"));
    }

    @Test
    void lines_with_the_wrong_number_of_fields_are_all_listed() {
        assertThat(refusal(HEADER + "H-1,Sanne,de Vries\nH-2,Daan,Jansen,groep 7\nH-3,Mees,de Boer,groep 8,extra\n"))
                .extracting(Problem.FieldError::field).containsExactly("line 2", "line 4");
    }

    @Test
    void unknown_unnamed_and_repeated_columns_and_no_student_number_are_refused() {
        assertThat(refusal("studentNumber,naam,lastName,LASTNAME,\nJ-1,x,y,z,\n")).extracting(Problem.FieldError::field)
                .containsExactly("line 1: naam", "line 1: lastName", "line 1: column 5");
        assertThat(refusal("lastName\nde Vries\n")).extracting(Problem.FieldError::field)
                .containsExactly("line 1: studentNumber");
        assertThat(refusal("")).extracting(Problem.FieldError::field).containsExactly("line 1");
    }

    @Test
    void more_students_than_one_import_may_hold_are_refused() {
        assertThat(refusal(students(StudentRows.MAX_ROWS + 1).toString())).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("line " + (StudentRows.MAX_ROWS + 2)));
        assertThat(read(students(StudentRows.MAX_ROWS).toString()).lines()).hasSize(StudentRows.MAX_ROWS);
    }

    @Test
    void a_value_that_cannot_be_read_is_an_error_of_its_row() {
        StudentCsv.Read read = read("studentNumber,lastName,active,libraryLink,consentBy,consentAt\n"
                + "K-1,de Vries,misschien,ja,ouder,gisteren\nK-2,Jansen,nee,,,\n");
        assertThat(read.lines()).hasSize(2);
        assertThat(read.rowErrors()).extracting(e -> e.line() + " " + e.field())
                .containsExactlyInAnyOrder("2 active", "2 consentAt");
        assertThat(read.lines().get(1).row().active()).isFalse();
    }
}
