package nl.schoollibrary.reservations.reservation.policy;

/** The two kinds of location: a library branch (vestiging) and a school library (schoolbibliotheek). */
public enum LocationType {
    BRANCH,
    SCHOOL_LIBRARY
}
