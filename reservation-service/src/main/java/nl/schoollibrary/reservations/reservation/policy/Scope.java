package nl.schoollibrary.reservations.reservation.policy;

/** Where a title reservation is served: the student's own school library, or a library branch. */
public enum Scope {
    SCHOOL,
    LIBRARY
}
