package nl.schoollibrary.reservations.auth;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schoollibrary.reservations.auth.StudentUsernames.Rule;
import org.junit.jupiter.api.Test;

/** The usernames the student import makes by a school's rule. */
class StudentUsernamesTest {

    @Test
    void first_name_dot_last_name_in_plain_lower_case_letters() {
        assertThat(base("Zoë", "Çelik")).isEqualTo("zoe.celik");
        assertThat(base("Sanne", "de Vries")).isEqualTo("sanne.devries");
        assertThat(base("Jan-Willem", "van 't Hof")).isEqualTo("janwillem.vanthof");
        assertThat(base("Søren", "Straße")).isEqualTo("soren.strasse");
        assertThat(base(null, "Bakker")).isEqualTo("bakker");
        assertThat(StudentUsernames.withNumber("sanne.devries", 2)).isEqualTo("sanne.devries2");
        assertThat(StudentUsernames.withNumber("sanne.devries", 1)).isEqualTo("sanne.devries");
    }

    @Test
    void a_name_without_enough_latin_letters_falls_back_to_the_student_number() {
        assertThat(base("李", "王")).isEqualTo("12ab-2024-0137");
        assertThat(base(null, "Li")).isEqualTo("12ab-2024-0137");
    }

    @Test
    void brin_and_student_number_with_other_characters_as_dashes() {
        assertThat(StudentUsernames.base(Rule.STUDENT_NUMBER, "12AB", "2024/0137", "Zoë", "Çelik"))
                .isEqualTo("12ab-2024-0137");
        assertThat(StudentUsernames.base(Rule.STUDENT_NUMBER, "12AB", "L 17.B", null, "X")).isEqualTo("12ab-l-17-b");
    }

    @Test
    void every_username_fits_the_rule_of_usernames() {
        String longName = "a".repeat(150);
        for (String name : new String[] {base(longName, longName), base("", ""), base("Ümit", "Øst"),
                StudentUsernames.withNumber(base(longName, longName), 99_999)}) {
            assertThat(name).matches(StudentUsernames.PATTERN.pattern());
        }
    }

    private static String base(String first, String last) {
        return StudentUsernames.base(Rule.FIRST_NAME_LAST_NAME, "12AB", "2024-0137", first, last);
    }
}
