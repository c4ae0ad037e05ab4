package nl.schoollibrary.reservations.reservation.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a copy is in circulation, as stored in {@code copy.status} and shown in the API. */
@Schema(name = "CopyStatus")
public enum CopyStatus {
    ON_SHELF,
    ON_LOAN,
    ON_HOLD_SHELF,
    IN_TRANSIT,
    MISSING,
    /** Withdrawn (afgeschreven): kept as history, never lent, reserved or captured again. */
    WITHDRAWN;

    /**
     * Whether a reservation can hold a copy in this status: only {@code HOLD} (on the hold shelf) and
     * {@code SEND_IN_TRANSIT} (to the pickup location) capture a copy, and only a check-in, a check-out or a
     * withdrawal (which releases the reservation) moves it on.
     */
    public boolean mayBeHeld() {
        return this == ON_HOLD_SHELF || this == IN_TRANSIT;
    }
}
