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
    WITHDRAWN
}
