package nl.schoollibrary.reservations.reservation.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The opening days and closed periods of one location: pickup-by and due dates land on days it is open.
 * A location that is never open within two years falls back to plain calendar days instead of searching forever.
 */
public final class PickupCalendar {

    /** How far past the plain calendar date we look for open days before falling back to it. */
    private static final int HORIZON_YEARS = 2;

    private final Set<DayOfWeek> openDays;
    private final List<ClosedPeriod> closedPeriods;

    public PickupCalendar(Set<DayOfWeek> openDays, List<ClosedPeriod> closedPeriods) {
        this.openDays = openDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(openDays);
        this.closedPeriods = List.copyOf(closedPeriods);
    }

    /** Open every day of the week, never closed: pickup-by and due dates are plain calendar days. */
    public static PickupCalendar alwaysOpen() {
        return new PickupCalendar(EnumSet.allOf(DayOfWeek.class), List.of());
    }

    public boolean isOpen(LocalDate day) {
        return openDays.contains(day.getDayOfWeek()) && closedPeriods.stream().noneMatch(p -> p.contains(day));
    }

    /** The day on which the {@code pickupDays}-th open day after {@code readyOn} falls; readyOn itself never counts. */
    public LocalDate pickupBy(LocalDate readyOn, int pickupDays) {
        requireNotNegative(pickupDays, "pickupDays");
        return nthOpenDayAfter(readyOn, pickupDays).orElse(readyOn.plusDays(pickupDays));
    }

    /** {@code checkedOutOn + loanDays}, moved forward to the next open day when the location is closed then. */
    public LocalDate dueDate(LocalDate checkedOutOn, int loanDays) {
        requireNotNegative(loanDays, "loanDays");
        LocalDate due = checkedOutOn.plusDays(loanDays);
        return isOpen(due) ? due : nthOpenDayAfter(due, 1).orElse(due);
    }

    private Optional<LocalDate> nthOpenDayAfter(LocalDate start, int n) {
        LocalDate horizon = start.plusDays(n).plusYears(HORIZON_YEARS);
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (day.isAfter(horizon)) {
                return Optional.empty();
            }
            if (isOpen(day)) {
                counted++;
            }
        }
        return Optional.of(day);
    }

    private static void requireNotNegative(int days, String name) {
        if (days < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + days);
        }
    }
}
