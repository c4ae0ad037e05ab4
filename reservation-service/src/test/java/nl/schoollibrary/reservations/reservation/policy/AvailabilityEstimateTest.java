package nl.schoollibrary.reservations.reservation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityEstimateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final int PICKUP_DAYS = 7;
    private static final int LOAN_DAYS = 21;

    private static List<LocalDate> estimate(List<LocalDate> copyFreeDates, int positions) {
        return AvailabilityEstimate.estimate(TODAY, copyFreeDates, positions, PICKUP_DAYS, LOAN_DAYS);
    }

    @Test
    void without_copies_there_is_no_estimate() {
        assertThat(estimate(List.of(), 3)).isEmpty();
    }

    @Test
    void one_copy_on_loan_serves_the_queue_one_loan_cycle_after_another() {
        LocalDate due = TODAY.plusDays(5);

        assertThat(estimate(List.of(due), 3)).containsExactly(due, due.plusDays(28), due.plusDays(56));
    }

    @Test
    void each_position_gets_the_copy_that_is_free_first() {
        List<LocalDate> freeDates = List.of(TODAY.plusDays(10), TODAY);

        assertThat(estimate(freeDates, 4))
                .containsExactly(TODAY, TODAY.plusDays(10), TODAY.plusDays(28), TODAY.plusDays(38));
    }

    @Test
    void overdue_copy_counts_as_free_today() {
        assertThat(estimate(List.of(TODAY.minusDays(12)), 2)).containsExactly(TODAY, TODAY.plusDays(28));
    }

    @Test
    void an_empty_queue_has_no_estimates() {
        assertThat(estimate(List.of(TODAY), 0)).isEmpty();
    }
}
