package nl.schoollibrary.reservations.copy;

import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;

/**
 * Which copies a staff member may change: school staff their school library's, others their organisation's; an
 * integration client of one school its school's library, one of an organisation that organisation's. A filter over
 * {@code copy c JOIN location o ON o.id = c.owner_location_id} with one parameter, for the copy detail, catalogue
 * intake and the series mutations' set-based statements. The same filter over {@code location o} says which
 * locations may own a new or moved copy.
 */
public record CopyScope(String sql, Object param) {

    public static CopyScope of(Actor actor) {
        if (actor.role() == Role.SCHOOL_STAFF) {
            return new CopyScope("o.id = ?", actor.locationId());
        }
        if (actor.role() == Role.INTEGRATION && actor.schoolId() != null) {
            return new CopyScope("o.school_id = ?", actor.schoolId());
        }
        return new CopyScope("o.organisation_id = ?", actor.organisationId());
    }
}
