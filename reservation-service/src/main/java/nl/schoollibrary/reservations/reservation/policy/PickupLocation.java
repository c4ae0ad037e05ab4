package nl.schoollibrary.reservations.reservation.policy;

import java.util.Objects;
import nl.schoollibrary.reservations.location.LocationKind;

/** A location a reservation can be picked up at. {@code schoolId} is set for a school library, null for a branch. */
public record PickupLocation(long id, LocationKind type, long organisationId, Long schoolId) {

    public PickupLocation {
        Objects.requireNonNull(type, "type");
    }

    public boolean isSchoolLibrary() {
        return type == LocationKind.SCHOOL_LIBRARY;
    }
}
