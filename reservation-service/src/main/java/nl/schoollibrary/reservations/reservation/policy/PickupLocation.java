package nl.schoollibrary.reservations.reservation.policy;

import java.util.Objects;

/** A location a reservation can be picked up at. {@code schoolId} is set for a school library, null for a branch. */
public record PickupLocation(long id, LocationType type, long organisationId, Long schoolId) {

    public PickupLocation {
        Objects.requireNonNull(type, "type");
    }

    public boolean isSchoolLibrary() {
        return type == LocationType.SCHOOL_LIBRARY;
    }
}
