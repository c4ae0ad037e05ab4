package nl.schoollibrary.reservations.blocks;

import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;

/** Which copies a staff member may change: school staff their school library's, others their organisation's. */
record CopyScope(String sql, Object param) {

    /** A filter over {@code copy c JOIN location o ON o.id = c.owner_location_id} with one parameter. */
    static CopyScope of(Actor actor) {
        return actor.role() == Role.SCHOOL_STAFF ? new CopyScope("o.id = ?", actor.locationId())
                : new CopyScope("o.organisation_id = ?", actor.organisationId());
    }
}
