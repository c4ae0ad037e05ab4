package nl.schoollibrary.reservations.calendar;

import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;

/**
 * Which locations a staff member keeps the calendar of (opening hours, closures): an administrator every location of
 * the installation, library staff the locations of their organisation, school staff their own school's library.
 * The same three as SQL parameters for the reads: {@link #all}, {@link #organisationId}, {@link #schoolId}.
 */
record LocationScope(boolean all, Long organisationId, Long schoolId) {

    static LocationScope of(Actor actor) {
        return switch (actor.role()) {
            case ADMIN -> new LocationScope(true, null, null);
            case LIBRARY_STAFF -> new LocationScope(false, actor.organisationId(), null);
            case SCHOOL_STAFF -> new LocationScope(false, null, actor.schoolId());
            default -> new LocationScope(false, null, null);
        };
    }

    boolean covers(long organisationId, Long locationSchoolId) {
        return all || Long.valueOf(organisationId).equals(this.organisationId)
                || (schoolId != null && schoolId.equals(locationSchoolId));
    }

    boolean isAdministrator() {
        return all;
    }

    static boolean isStaff(Actor actor) {
        return actor.role() == Role.ADMIN || actor.role() == Role.LIBRARY_STAFF || actor.role() == Role.SCHOOL_STAFF;
    }
}
