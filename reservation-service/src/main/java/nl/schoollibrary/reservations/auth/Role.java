package nl.schoollibrary.reservations.auth;

/** The roles of the API. The constants are for {@code @RolesAllowed}. */
public enum Role {
    STUDENT, SCHOOL_STAFF, LIBRARY_STAFF, ADMIN, INTEGRATION;

    public static final String STUDENT_ROLE = "STUDENT";
    public static final String SCHOOL_STAFF_ROLE = "SCHOOL_STAFF";
    public static final String LIBRARY_STAFF_ROLE = "LIBRARY_STAFF";
    public static final String ADMIN_ROLE = "ADMIN";
    public static final String INTEGRATION_ROLE = "INTEGRATION";
}
