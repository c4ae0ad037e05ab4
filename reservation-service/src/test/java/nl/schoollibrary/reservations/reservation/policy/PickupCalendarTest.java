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

    @Test
    void pickup_period_starts_counting_the_day_after_the_copy_is_ready() {
        assertThat(schoolDays.pickupBy(LocalDate.of(2026, 3, 9), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void pickup_period_skips_the_weekend() {
        LocalDate friday = LocalDate.of(2026, 3, 6);

        assertThat(schoolDays.pickupBy(friday, 3)).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void copy_ready_on_a_closed_day_counts_from_the_next_open_day() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);

        assertThat(schoolDays.pickupBy(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void pickup_period_skips_the_christmas_holiday() {
        LocalDate thursdayBeforeTheHoliday = LocalDate.of(2025, 12, 18);

        assertThat(schoolDays.pickupBy(thursdayBeforeTheHoliday, 3)).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void due_date_on_an_open_day_stays_put() {
        assertThat(schoolDays.dueDate(LocalDate.of(2026, 3, 2), 21)).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void due_date_on_a_saturday_moves_to_monday() {
        assertThat(schoolDays.dueDate(LocalDate.of(2026, 3, 2), 19)).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void due_date_in_the_christmas_holiday_moves_to_the_first_school_day() {
        assertThat(schoolDays.dueDate(LocalDate.of(2025, 12, 1), 21)).isEqualTo(LocalDate.of(2026, 1, 5));
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
