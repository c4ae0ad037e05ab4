package nl.schoollibrary.reservations.reservation.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PickupCalendarTest {

    private static final ClosedPeriod CHRISTMAS_HOLIDAY =
            new ClosedPeriod(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 4));

    private final PickupCalendar schoolDays =
            new PickupCalendar(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), List.of(CHRISTMAS_HOLIDAY));

    @Test
    void school_library_is_open_on_weekdays_outside_the_holidays() {
        assertThat(schoolDays.isOpen(LocalDate.of(2026, 3, 9))).as("Monday").isTrue();
        assertThat(schoolDays.isOpen(LocalDate.of(2026, 3, 7))).as("Saturday").isFalse();
        assertThat(schoolDays.isOpen(LocalDate.of(2025, 12, 22))).as("Monday in the Christmas holiday").isFalse();
        assertThat(schoolDays.isOpen(LocalDate.of(2026, 1, 4))).as("last day of the holiday").isFalse();
        assertThat(schoolDays.isOpen(LocalDate.of(2026, 1, 5))).as("first school day").isTrue();
    }

    @ParameterizedTest(name = "{0}: ready {1}, {2} pickup day(s), pick up by {3}")
    @CsvSource({
            "the pickup period starts counting the day after the copy is ready, 2026-03-09, 1, 2026-03-10",
            "the pickup period skips the weekend (ready on a Friday), 2026-03-06, 3, 2026-03-11",
            "a copy ready on a closed day (Saturday) counts from the next open day, 2026-03-07, 1, 2026-03-09",
            "the pickup period skips the Christmas holiday (ready the Thursday before), 2025-12-18, 3, 2026-01-06"})
    void the_pickup_by_date_counts_open_days_after_the_copy_is_ready(String rule, LocalDate ready, int pickupDays,
            LocalDate expected) {
        assertThat(schoolDays.pickupBy(ready, pickupDays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: lent {1} for {2} days, due {3}")
    @CsvSource({
            "a due date on an open day stays put, 2026-03-02, 21, 2026-03-23",
            "a due date on a Saturday moves to Monday, 2026-03-02, 19, 2026-03-23",
            "a due date in the Christmas holiday moves to the first school day, 2025-12-01, 21, 2026-01-05"})
    void the_due_date_falls_on_an_open_day(String rule, LocalDate lent, int loanDays, LocalDate expected) {
        assertThat(schoolDays.dueDate(lent, loanDays)).isEqualTo(expected);
    }

    @Test
    void location_without_opening_days_falls_back_to_calendar_days() {
        PickupCalendar neverOpen = new PickupCalendar(Set.of(), List.of());
        LocalDate day = LocalDate.of(2026, 3, 9);

        assertThat(neverOpen.pickupBy(day, 7)).isEqualTo(day.plusDays(7));
        assertThat(neverOpen.dueDate(day, 21)).isEqualTo(day.plusDays(21));
    }

    @Test
    void location_closed_for_more_than_two_years_falls_back_to_calendar_days() {
        LocalDate day = LocalDate.of(2026, 3, 9);
        PickupCalendar closedForYears = new PickupCalendar(EnumSet.allOf(java.time.DayOfWeek.class),
                List.of(new ClosedPeriod(day, day.plusYears(3))));

        assertThat(closedForYears.pickupBy(day, 7)).isEqualTo(day.plusDays(7));
        assertThat(closedForYears.dueDate(day, 21)).isEqualTo(day.plusDays(21));
    }

    @Test
    void always_open_location_uses_calendar_days() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);

        assertThat(PickupCalendar.alwaysOpen().pickupBy(saturday, 7)).isEqualTo(saturday.plusDays(7));
        assertThat(PickupCalendar.alwaysOpen().dueDate(saturday, 21)).isEqualTo(saturday.plusDays(21));
    }
}
