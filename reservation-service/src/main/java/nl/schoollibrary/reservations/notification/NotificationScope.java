package nl.schoollibrary.reservations.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;

/**
 * Whose rules and templates a staff member may see and change: an administrator any organisation's and school's,
 * library staff their organisation's and its schools', school staff their own school's (and read their organisation's
 * templates). An organisation or school that does not exist is 404; one outside the scope 403.
 */
@ApplicationScoped
class NotificationScope {

    /** An organisation, and one of its schools or none. */
    record Target(long organisationId, Long schoolId) {
    }

    @Inject Jdbc jdbc;

    /**
     * The organisation and school of a rules request. School staff: their school when none is given (never the
     * organisation row when {@code write}).
     */
    Target rules(Actor actor, Long organisationId, Long schoolId, boolean write) {
        if (actor.role() == Role.SCHOOL_STAFF) {
            if (schoolId != null && !schoolId.equals(actor.schoolId())
                    || organisationId != null && !organisationId.equals(actor.organisationId())) {
                throw forbidden();
            }
            if (schoolId == null && write) {
                throw new ProblemException(ErrorCode.FORBIDDEN,
                        "School staff set the rules of their own school only: give schoolId.");
            }
            return new Target(actor.organisationId(), actor.schoolId());
        }
        long organisation = organisation(actor, organisationId, schoolId);
        if (schoolId != null) {
            long owner = jdbc.one("SELECT organisation_id FROM school WHERE id = ?", rs -> rs.getLong(1), schoolId)
                    .orElseThrow(() -> ProblemException.notFound("School", schoolId));
            if (owner != organisation) {
                throw actor.role() == Role.ADMIN
                        ? ProblemException.invalid("schoolId", "the school belongs to another organisation")
                        : forbidden();
            }
        }
        return new Target(organisation, schoolId);
    }

    /** The organisation of a templates request (school staff: read only, their own). */
    long templates(Actor actor, Long organisationId, boolean write) {
        if (actor.role() == Role.SCHOOL_STAFF) {
            if (write) {
                throw new ProblemException(ErrorCode.FORBIDDEN, "Only library staff change the mail texts.");
            }
            if (organisationId != null && !organisationId.equals(actor.organisationId())) {
                throw forbidden();
            }
            return actor.organisationId();
        }
        return organisation(actor, organisationId, null);
    }

    private long organisation(Actor actor, Long organisationId, Long schoolId) {
        if (actor.role() == Role.ADMIN) {
            Long id = organisationId;
            if (id == null && schoolId != null) {
                id = jdbc.one("SELECT organisation_id FROM school WHERE id = ?", rs -> rs.getLong(1), schoolId)
                        .orElseThrow(() -> ProblemException.notFound("School", schoolId));
            }
            if (id == null) {
                throw ProblemException.invalid("organisationId", "required for an administrator");
            }
            long found = id;
            if (jdbc.count("SELECT count(*) FROM organisation WHERE id = ?", found) == 0) {
                throw ProblemException.notFound("Organisation", found);
            }
            return found;
        }
        if (actor.role() != Role.LIBRARY_STAFF || actor.organisationId() == null) {
            throw forbidden();
        }
        if (organisationId != null && !organisationId.equals(actor.organisationId())) {
            throw forbidden();
        }
        return actor.organisationId();
    }

    private static ProblemException forbidden() {
        return new ProblemException(ErrorCode.FORBIDDEN, "That organisation or school is outside your scope.");
    }
}
