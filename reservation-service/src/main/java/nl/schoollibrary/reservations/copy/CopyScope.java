package nl.schoollibrary.reservations.copy;

import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;

/**
 * Which copies a staff member may change: school staff their school library's, others their organisation's. A filter
 * over {@code copy c JOIN location o ON o.id = c.owner_location_id} with one parameter, for the copy detail and the
 * series mutations' set-based statements.
 */
public record CopyScope(String sql, Object param) {

    public static CopyScope of(Actor actor) {
        return actor.role() == Role.SCHOOL_STAFF ? new CopyScope("o.id = ?", actor.locationId())
                : new CopyScope("o.organisation_id = ?", actor.organisationId());
    }
}
