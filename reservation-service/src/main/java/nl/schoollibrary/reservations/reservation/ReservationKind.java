package nl.schoollibrary.reservations.reservation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reservation asks for, as stored in {@code reservation.kind} and shown in the API. */
@Schema(name = "ReservationKind")
public enum ReservationKind {
    /** Any copy of a title that can fill it: the student's reservation, in the title's queue. */
    TITLE,
    /** One copy, reserved by staff: served before the title queue. */
    COPY
}
