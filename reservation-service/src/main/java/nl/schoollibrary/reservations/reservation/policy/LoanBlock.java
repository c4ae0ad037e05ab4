package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;

/**
 * The loan block (uitleenblokkade) of a copy, with an optional end date (inclusive) and a reason.
 * Like a reservation block it lifts itself the day after {@code until}.
 */
public record LoanBlock(boolean blocked, LocalDate until, String reason) {

    private static final LoanBlock NONE = new LoanBlock(false, null, null);

    public static LoanBlock none() {
        return NONE;
    }

    public boolean activeOn(LocalDate day) {
        return blocked && (until == null || !day.isAfter(until));
    }
}
