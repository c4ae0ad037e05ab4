package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Estimates when each waiting reservation in a queue gets a copy ("Estimated availability").
 *
 * <p>Each copy that can fill the reservations becomes free on a date (its due date when on loan, today when on the
 * shelf, on the hold shelf or in transit; an overdue due date counts as today). Positions are served in order, each
 * by the copy free earliest; that copy is free again after the pickup period plus the loan period.
 */
public final class AvailabilityEstimate {

    private AvailabilityEstimate() {
    }

    /** The estimated dates for queue positions 1..positions; empty when there is no copy to estimate from. */
    public static List<LocalDate> estimate(
            LocalDate today, List<LocalDate> copyFreeDates, int positions, int pickupDays, int loanDays) {
        if (copyFreeDates.isEmpty() || positions <= 0) {
            return List.of();
        }
        PriorityQueue<LocalDate> freeOn = new PriorityQueue<>();
        copyFreeDates.forEach(date -> freeOn.add(date.isBefore(today) ? today : date));
        List<LocalDate> estimates = new ArrayList<>(positions);
        for (int position = 1; position <= positions; position++) {
            LocalDate date = freeOn.poll();
            estimates.add(date);
            freeOn.add(date.plusDays((long) pickupDays + loanDays));
        }
        return List.copyOf(estimates);
    }
}
