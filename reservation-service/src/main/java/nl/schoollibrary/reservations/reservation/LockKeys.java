package nl.schoollibrary.reservations.reservation;

/**
 * Advisory-lock keys (ADR 0006): titles by their id, patrons (placing: the active-reservation limit) and locations in
 * ranges of their own. The delete guards of V10 take the same keys.
 */
final class LockKeys {

    private LockKeys() {
    }

    static long title(long titleId) {
        return titleId;
    }

    static long location(long locationId) {
        return locationId | (1L << 61);
    }

    static long patron(long patronId) {
        return patronId | (1L << 62);
    }
}
