package nl.schoollibrary.reservations.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.ActiveAccounts;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Constraints;
import nl.schoollibrary.reservations.location.Location;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationQueries;
import nl.schoollibrary.reservations.location.LocationRules;
import nl.schoollibrary.reservations.location.Locations;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.school.SchoolDtos.NewSchool;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolPatch;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolView;

/**
 * Schools as administrators keep them: created with their policy (the defaults) and, when given, their school library,
 * all in one transaction; renamed, (de)activated together with their library, and the rule for students' usernames,
 * which a school's own staff may change too. Library staff see the schools of their organisation, school staff their
 * own school. A deactivated school's students cannot log in (the login checks {@code school.active}).
 */
@ApplicationScoped
public class SchoolService {

    @Inject Schools schools;
    @Inject SchoolPolicies policies;
    @Inject SchoolReads reads;
    @Inject Locations locations;
    @Inject LocationQueries locationQueries;
    @Inject EventOutbox events;
    @Inject ActiveAccounts activeAccounts;
    @Inject Clock clock;

    public List<SchoolView> list(Actor actor, Long organisationId, boolean includeInactive) {
        return switch (actor.role()) {
            case ADMIN -> reads.schools(organisationId, null, includeInactive);
            case LIBRARY_STAFF -> {
                if (organisationId != null && !organisationId.equals(actor.organisationId())) {
                    throw outOfScope();
                }
                yield reads.schools(actor.organisationId(), null, includeInactive);
            }
            case SCHOOL_STAFF -> {
                if (organisationId != null && !reads.organisationOf(actor.schoolId()).orElse(-1L)
                        .equals(organisationId)) {
                    throw outOfScope();
                }
                yield reads.schools(null, actor.schoolId(), includeInactive);
            }
            default -> throw outOfScope();
        };
    }

    /**
     * A new school with its policy (the defaults) and, when given, its school library. Every field is checked first
     * (400), then the organisation (404); then the BRIN (409 BRIN_TAKEN) and the library's code (409 CODE_TAKEN) as
     * they are written: on any refusal nothing stays written.
     */
    @Transactional
    public SchoolView create(Actor actor, NewSchool request) {
        requireAdministrator(actor);
        List<Location.Hours> hours = request.library() == null ? List.of()
                : LocationRules.hours("library.openingHours", request.library().openingHours());
        if (!reads.organisationExists(request.organisationId())) {
            throw ProblemException.notFound("Organisation", request.organisationId());
        }
        Instant now = clock.instant();
        School school = School.create(request.organisationId(), request.brin(), request.name(),
                request.studentUsernameRule(), now);
        try {
            schools.persist(school);
            schools.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "school_brin_key")) {
                throw new ProblemException(ErrorCode.BRIN_TAKEN, "A school with BRIN " + request.brin()
                        + " exists already.");
            }
            throw e;
        }
        long id = school.id();
        policies.persist(SchoolPolicy.defaults(id, now));
        events.tenantEvent("SchoolCreated", "SCHOOL", id, request.organisationId(), id, Map.of("brin", school.brin(),
                "name", request.name().strip()));
        if (request.library() != null) {
            LocationRules.Values values = LocationRules.values(request.library());
            Location library = Location.create(request.organisationId(), LocationKind.SCHOOL_LIBRARY, id, values,
                    hours, now);
            try {
                locations.persist(library);
                locations.flush();
            } catch (PersistenceException e) {
                throw LocationRules.codeTaken(e, values.code());
            }
            events.tenantEvent("LocationCreated", "LOCATION", library.id(), request.organisationId(), id,
                    Map.of("code", values.code(), "kind", LocationKind.SCHOOL_LIBRARY.name()));
        }
        return reads.school(id).orElseThrow();
    }

    /**
     * Changes a school: an administrator its name, active and username rule; its own staff only the username rule.
     * Deactivated, its library is deactivated with it (refused, 409 LOCATION_IN_USE, while reservations are ready or
     * on their way there); activated again, its library is too.
     */
    @Transactional
    public SchoolView change(Actor actor, long id, SchoolPatch patch) {
        if (actor.role() == Role.SCHOOL_STAFF && (patch.name() != null || patch.active() != null)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "School staff change only the rule for usernames; an "
                    + "administrator changes the name and whether the school is active.");
        }
        if (actor.role() != Role.SCHOOL_STAFF) {
            requireAdministrator(actor);
        }
        if (patch.name() != null && patch.name().isBlank()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        School school = schools.lock(id).orElseThrow(() -> ProblemException.notFound("School", id));
        if (!school.inScopeOf(actor)) {
            throw outOfScope();
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        if (patch.name() != null && school.rename(patch.name())) {
            changed.put("name", patch.name().strip());
        }
        if (patch.studentUsernameRule() != null && school.useUsernameRule(patch.studentUsernameRule())) {
            changed.put("studentUsernameRule", patch.studentUsernameRule().name());
        }
        if (patch.active() != null && school.activate(patch.active())) {
            changed.put("active", patch.active());
            // Its students and school staff log in no more (AccountReads.MAY_LOG_IN); tokens they hold stop now.
            activeAccounts.schoolChanged();
            Optional<Location> library = locations.lockLibraryOf(id);
            if (library.isPresent()) {
                activateLibrary(library.get(), patch.active(), school);
            }
        }
        if (!changed.isEmpty()) {
            events.tenantEvent("SchoolChanged", "SCHOOL", id, school.organisationId(), id, changed);
        }
        return reads.school(id).orElseThrow();
    }

    private void activateLibrary(Location library, boolean active, School school) {
        if (!active) {
            long waiting = locationQueries.readyOrInTransit(library.id());
            if (waiting > 0) {
                throw new ProblemException(ErrorCode.LOCATION_IN_USE, "The school library still has " + waiting
                        + " reservation(s) ready or on their way for pickup; let them be picked up first.");
            }
        }
        if (library.activate(active)) {
            events.tenantEvent("LocationChanged", "LOCATION", library.id(), school.organisationId(), school.id(),
                    Map.of("active", active));
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only an administrator does this.");
        }
    }

    private static ProblemException outOfScope() {
        return new ProblemException(ErrorCode.FORBIDDEN, "This is outside your organisation or school.");
    }
}
