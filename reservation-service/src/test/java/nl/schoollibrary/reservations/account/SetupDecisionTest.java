package nl.schoollibrary.reservations.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What a start does about the first administrator. */
class SetupDecisionTest {

    private static final Function<String, String> NO_FILES = file -> {
        throw new AssertionError("read " + file);
    };

    @Test
    void nothing_once_an_administrator_exists_whatever_the_settings() {
        assertThat(SetupDecision.decide(true, Optional.empty(), Optional.empty(), "Beheerder", NO_FILES))
                .isInstanceOf(SetupDecision.Nothing.class);
        assertThat(SetupDecision.decide(true, Optional.of("beheer"), Optional.of("/geheim"), "Beheerder", NO_FILES))
                .isInstanceOf(SetupDecision.Nothing.class);
        assertThat(SetupDecision.decide(true, Optional.of("beheer"), Optional.empty(), "Beheerder", NO_FILES))
                .isInstanceOf(SetupDecision.Nothing.class);
    }

    @Test
    void a_setup_link_without_settings() {
        assertThat(SetupDecision.decide(false, Optional.empty(), Optional.empty(), "Beheerder", NO_FILES))
                .isInstanceOf(SetupDecision.IssueLink.class);
        assertThat(SetupDecision.decide(false, Optional.of(" "), Optional.of(""), "Beheerder", NO_FILES))
                .isInstanceOf(SetupDecision.IssueLink.class);
    }

    @Test
    void the_administrator_of_the_settings_with_the_files_password_without_its_trailing_newline() {
        var outcome = SetupDecision.decide(false, Optional.of("beheer"), Optional.of("/run/secrets/admin"), null,
                file -> "een geheim wachtwoord\r\n\n");
        assertThat(outcome).isEqualTo(new SetupDecision.CreateAdministrator("beheer", "Beheerder",
                "een geheim wachtwoord"));
        assertThat(SetupDecision.decide(false, Optional.of("beheer"), Optional.of("/f"), " Hoofd ICT ",
                file -> "12345678")).isEqualTo(new SetupDecision.CreateAdministrator("beheer", "Hoofd ICT", "12345678"));
    }

    @Test
    void settings_that_cannot_work_stop_the_start() {
        assertThatThrownBy(() -> SetupDecision.decide(false, Optional.of("beheer"), Optional.empty(), "B", NO_FILES))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> SetupDecision.decide(false, Optional.empty(), Optional.of("/f"), "B", NO_FILES))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> SetupDecision.decide(false, Optional.of("Beheer Één"), Optional.of("/f"), "B",
                file -> "12345678")).isInstanceOf(IllegalStateException.class).hasMessageContaining("admin-username");
        assertThatThrownBy(() -> SetupDecision.decide(false, Optional.of("beheer"), Optional.of("/f"), "B",
                file -> "1234567\n")).isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 8");
    }
}
