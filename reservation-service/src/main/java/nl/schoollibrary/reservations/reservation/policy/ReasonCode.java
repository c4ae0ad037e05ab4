package nl.schoollibrary.reservations.reservation.policy;

import nl.schoollibrary.reservations.common.ErrorCode;

/** Why placing a title reservation is refused; each is answered with the stable problem code of the same name. */
public enum ReasonCode {
    RESERVATIONS_NOT_ALLOWED(ErrorCode.RESERVATIONS_NOT_ALLOWED),
    AVAILABLE_ON_SHELF(ErrorCode.AVAILABLE_ON_SHELF),
    LIBRARY_LINK_MISSING(ErrorCode.LIBRARY_LINK_MISSING),
    LIBRARY_MEMBERSHIP_REQUIRED(ErrorCode.LIBRARY_MEMBERSHIP_REQUIRED),
    PICKUP_LOCATION_INVALID(ErrorCode.PICKUP_LOCATION_INVALID),
    TITLE_NOT_RESERVABLE(ErrorCode.TITLE_NOT_RESERVABLE),
    DUPLICATE_RESERVATION(ErrorCode.DUPLICATE_RESERVATION),
    RESERVATION_LIMIT_REACHED(ErrorCode.RESERVATION_LIMIT_REACHED);

    private final ErrorCode errorCode;

    ReasonCode(ErrorCode errorCode) {
        this.errorCode = errorCode;
    }

    /** The problem code the API answers this refusal with. */
    public ErrorCode errorCode() {
        return errorCode;
    }
}
