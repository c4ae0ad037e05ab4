package nl.schoollibrary.reservations.reservation.policy;

/** The status of a copy, as stored in {@code copy.status}. */
public enum CopyState {
    ON_SHELF,
    ON_LOAN,
    ON_HOLD_SHELF,
    IN_TRANSIT,
    MISSING
}
