package nl.schoollibrary.reservations.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import org.junit.jupiter.api.Test;

/** The rules of a copy's reservation and loan block, on the entity itself (no database). */
class CopyBlocksTest {

    /** 11:00 in Amsterdam on 5 December 2026. */
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private final Copy copy = new Copy();

    @Test
    void a_reservation_block_keeps_its_level_and_end_date() {
        copy.blockReservations(BlockLevel.OWN_PATRONS_ONLY, TODAY, "bieb.noord", NOW);

        assertThat(copy.reservationBlock()).isEqualTo(BlockLevel.OWN_PATRONS_ONLY);
        assertThat(copy.reservationBlockUntil()).isEqualTo(TODAY);
    }

    @Test
    void a_reservation_block_ending_in_the_past_is_refused() {
        assertInvalid(() -> copy.blockReservations(BlockLevel.NOT_RESERVABLE, TODAY.minusDays(1), "bieb.noord", NOW));
    }

    @Test
    void today_is_the_day_in_the_services_time_zone() {
        Instant justAfterMidnightInAmsterdam = Instant.parse("2026-12-05T23:30:00Z");

        assertInvalid(() -> copy.blockReservations(BlockLevel.NOT_RESERVABLE, TODAY, "bieb.noord",
                justAfterMidnightInAmsterdam));
    }

    @Test
    void clearing_a_reservation_block_takes_no_end_date() {
        assertInvalid(() -> copy.blockReservations(BlockLevel.NONE, TODAY.plusDays(3), "bieb.noord", NOW));

        copy.blockReservations(BlockLevel.NONE, null, "bieb.noord", NOW);
        assertThat(copy.reservationBlock()).isEqualTo(BlockLevel.NONE);
    }

    @Test
    void a_loan_block_keeps_a_stripped_reason_and_a_blank_one_as_none() {
        copy.blockLoans(TODAY.plusDays(7), "  Tentoonstelling  ", "bieb.noord", NOW);
        assertThat(copy.loanBlocked()).isTrue();
        assertThat(copy.loanBlockUntil()).isEqualTo(TODAY.plusDays(7));
        assertThat(copy.loanBlockReason()).isEqualTo("Tentoonstelling");

        copy.blockLoans(null, "   ", "bieb.noord", NOW);
        assertThat(copy.loanBlockReason()).isNull();
        assertInvalid(() -> copy.blockLoans(TODAY.minusDays(1), null, "bieb.noord", NOW));
    }

    @Test
    void lifting_a_loan_block_forgets_its_end_date_and_reason() {
        copy.blockLoans(TODAY.plusDays(7), "Tentoonstelling", "bieb.noord", NOW);

        copy.clearLoanBlock("bieb.noord", NOW);

        assertThat(copy.loanBlocked()).isFalse();
        assertThat(copy.loanBlockUntil()).isNull();
        assertThat(copy.loanBlockReason()).isNull();
    }

    private static void assertInvalid(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}
