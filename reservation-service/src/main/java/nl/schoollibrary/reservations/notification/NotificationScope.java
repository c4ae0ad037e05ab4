package nl.schoollibrary.reservations.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.school.SchoolReads;

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

    @Inject SchoolReads schools;

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
        // An administrator may name the school only; anyone else's scope is checked before the school is looked up.
        Long owner = actor.role() == Role.ADMIN && organisationId == null ? ownerOf(schoolId) : null;
        long organisation = organisation(actor, owner != null ? owner : organisationId);
        if (schoolId != null && (owner != null ? owner : ownerOf(schoolId)) != organisation) {
            throw actor.role() == Role.ADMIN
                    ? ProblemException.invalid("schoolId", "the school belongs to another organisation")
                    : forbidden();
        }
        return new Target(organisation, schoolId);
    }

    /** The organisation of the school (404 when there is no such school); null without a school. */
    private Long ownerOf(Long schoolId) {
        return schoolId == null ? null : schools.organisationOf(schoolId)
                .orElseThrow(() -> ProblemException.notFound("School", schoolId));
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
        return organisation(actor, organisationId);
    }

    /** The organisation asked for (an administrator names it, or a school of it), within the actor's scope. */
    private long organisation(Actor actor, Long organisationId) {
        if (actor.role() == Role.ADMIN) {
            if (organisationId == null) {
                throw ProblemException.invalid("organisationId", "required for an administrator");
            }
            if (!schools.organisationExists(organisationId)) {
                throw ProblemException.notFound("Organisation", organisationId);
            }
            return organisationId;
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
