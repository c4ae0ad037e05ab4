package nl.schoollibrary.reservations.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schoollibrary.reservations.integration.DeactivationSafeguard.Plan;
import nl.schoollibrary.reservations.integration.DeactivationSafeguard.Refusal;
import org.junit.jupiter.api.Test;

/** deactivateMissing never deactivates students by mistake. */
class DeactivationSafeguardTest {

    private final DeactivationSafeguard twentyPercent = new DeactivationSafeguard(20);

    @Test
    void up_to_the_share_goes_ahead_without_confirmation_and_one_more_does_not() {
        assertThat(twentyPercent.check(new Plan(89, 0, 111, 22), null)).isEmpty();
        assertThat(twentyPercent.check(new Plan(88, 0, 111, 23), null)).contains(Refusal.CONFIRMATION_REQUIRED);
    }

    @Test
    void the_exact_number_confirms_any_share_and_another_number_is_refused_whatever_the_share() {
        assertThat(twentyPercent.check(new Plan(20, 0, 111, 91), 91)).isEmpty();
        assertThat(twentyPercent.check(new Plan(20, 0, 111, 91), 90)).contains(Refusal.CONFIRMATION_MISMATCH);
        assertThat(twentyPercent.check(new Plan(110, 0, 111, 1), 2)).contains(Refusal.CONFIRMATION_MISMATCH);
    }

    @Test
    void a_rejected_row_or_an_import_without_students_is_refused_even_when_confirmed() {
        assertThat(twentyPercent.check(new Plan(111, 1, 111, 1), 1)).contains(Refusal.ROWS_REJECTED);
        assertThat(twentyPercent.check(new Plan(0, 0, 111, 111), 111)).contains(Refusal.NO_DATA_ROWS);
    }

    @Test
    void the_share_is_rounded_down_in_whole_students() {
        assertThat(twentyPercent.allowedWithoutConfirmation(111)).isEqualTo(22);
        assertThat(twentyPercent.allowedWithoutConfirmation(4)).isZero();
        assertThat(twentyPercent.check(new Plan(3, 0, 4, 1), null)).contains(Refusal.CONFIRMATION_REQUIRED);
        assertThat(new DeactivationSafeguard(100).check(new Plan(1, 0, 4, 3), null)).isEmpty();
    }

    @Test
    void a_share_that_is_not_a_percentage_is_a_configuration_error() {
        assertThatThrownBy(() -> new DeactivationSafeguard(120)).isInstanceOf(IllegalArgumentException.class);
    }
}
