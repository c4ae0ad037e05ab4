package nl.schoollibrary.reservations.reservation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReservationBlockTest {

    private static final LocalDate END = LocalDate.of(2025, 10, 12);

    @Test
    void block_with_an_end_date_still_applies_on_that_date() {
        ReservationBlock block = new ReservationBlock(BlockLevel.OWN_PATRONS_ONLY, END);

        assertThat(block.activeOn(END.minusDays(10))).isTrue();
        assertThat(block.activeOn(END)).isTrue();
        assertThat(block.effectiveOn(END)).isEqualTo(BlockLevel.OWN_PATRONS_ONLY);
    }

    @Test
    void block_with_an_end_date_lifts_itself_the_day_after() {
        ReservationBlock block = new ReservationBlock(BlockLevel.NOT_RESERVABLE, END);

        assertThat(block.activeOn(END.plusDays(1))).isFalse();
        assertThat(block.effectiveOn(END.plusDays(1))).isEqualTo(BlockLevel.NONE);
    }

    @Test
    void block_without_an_end_date_applies_until_staff_lift_it() {
        ReservationBlock block = new ReservationBlock(BlockLevel.NOT_RESERVABLE, null);

        assertThat(block.activeOn(END.plusYears(10))).isTrue();
    }

    @Test
    void no_block_is_never_active() {
        assertThat(ReservationBlock.none().activeOn(END)).isFalse();
        assertThat(new ReservationBlock(null, null).effectiveOn(END)).isEqualTo(BlockLevel.NONE);
    }

    @Test
    void block_levels_carry_the_staff_codes_of_the_source_system() {
        assertThat(BlockLevel.NONE.staffCode()).isZero();
        assertThat(BlockLevel.OWN_PATRONS_ONLY.staffCode()).isEqualTo(7);
        assertThat(BlockLevel.NOT_RESERVABLE.staffCode()).isEqualTo(8);
        assertThat(BlockLevel.ofStaffCode(7)).isEqualTo(BlockLevel.OWN_PATRONS_ONLY);
        assertThatThrownBy(() -> BlockLevel.ofStaffCode(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loan_block_with_an_end_date_applies_on_that_date_and_lifts_the_day_after() {
        LoanBlock block = new LoanBlock(true, END, "Tentoonstelling");

        assertThat(block.activeOn(END)).isTrue();
        assertThat(block.activeOn(END.plusDays(1))).isFalse();
    }

    @Test
    void loan_block_without_an_end_date_stays_and_no_loan_block_never_applies() {
        assertThat(new LoanBlock(true, null, "Tentoonstelling").activeOn(END.plusYears(10))).isTrue();
        assertThat(LoanBlock.none().activeOn(END)).isFalse();
    }
}
