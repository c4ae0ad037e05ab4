package nl.schoollibrary.reservations.auth;

/** Who is calling, read from the verified token: the only source of identity and scope in a request. */
public record Actor(long userId, String username, Role role, Long patronId, Long schoolId, Long organisationId,
        Long locationId) {

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    public boolean isStaff() {
        return role == Role.SCHOOL_STAFF || role == Role.LIBRARY_STAFF || role == Role.ADMIN;
    }
}
