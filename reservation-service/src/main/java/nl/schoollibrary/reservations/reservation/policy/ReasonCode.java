package nl.schoollibrary.reservations.reservation.policy;

/** Why placing a title reservation is refused; the names are the stable problem codes of the API. */
public enum ReasonCode {
    RESERVATIONS_NOT_ALLOWED,
    AVAILABLE_ON_SHELF,
    LIBRARY_LINK_MISSING,
    LIBRARY_MEMBERSHIP_REQUIRED,
    PICKUP_LOCATION_INVALID,
    TITLE_NOT_RESERVABLE,
    DUPLICATE_RESERVATION,
    RESERVATION_LIMIT_REACHED
}
