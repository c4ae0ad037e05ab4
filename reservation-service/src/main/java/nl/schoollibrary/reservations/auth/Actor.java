package nl.schoollibrary.reservations.auth;

import java.util.Set;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;

/** Who is calling, read from the verified token: the only source of identity and scope in a request. */
public record Actor(long userId, String username, Role role, Long patronId, Long schoolId, Long organisationId,
        Long locationId, Set<String> scopes) {

    /** An integration client must hold the scope; people are not limited by scopes (their role decides). */
    public void requireScope(String scope) {
        if (role == Role.INTEGRATION && !scopes.contains(scope)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "This client lacks the scope " + scope + ".");
        }
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    public boolean isStaff() {
        return role == Role.SCHOOL_STAFF || role == Role.LIBRARY_STAFF || role == Role.ADMIN;
    }
}
