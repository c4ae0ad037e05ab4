package nl.schoollibrary.reservations.reservation.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a title reservation is served: the student's own school library, or a library branch. */
@Schema(name = "ReservationScope", description = "SCHOOL: picked up in the school library; LIBRARY: at a branch")
public enum Scope {
    SCHOOL,
    LIBRARY;

    /** The scope of a reservation picked up at {@code pickup}. */
    public static Scope of(PickupLocation pickup) {
        return pickup.isSchoolLibrary() ? SCHOOL : LIBRARY;
    }
}
