package nl.schoollibrary.reservations.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.Location;
import nl.schoollibrary.reservations.location.LocationDtos;
import nl.schoollibrary.reservations.location.LocationDtos.LocationPatch;
import nl.schoollibrary.reservations.location.LocationDtos.NewLocation;
import nl.schoollibrary.reservations.location.LocationDtos.OpeningHours;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationQueries;
import nl.schoollibrary.reservations.location.LocationRules;
import nl.schoollibrary.reservations.location.Locations;
import nl.schoollibrary.reservations.messaging.EventOutbox;

/**
 * Locations as administrators keep them: created (a branch of an organisation, or the school library of one of its
 * schools), changed, and (de)activated; opening hours, which library staff (their organisation's locations) and
 * school staff (their own school library) keep too. Deactivating is refused while reservations are ready or on their
 * way for pickup there (409 LOCATION_IN_USE); reservations still waiting keep it as pickup location. New opening
 * hours do not move pickup-by dates already set.
 */
@ApplicationScoped
public class LocationAdminService {

    @Inject Locations locations;
    @Inject LocationQueries queries;
    @Inject Jdbc jdbc;
    @Inject EventOutbox events;
    @Inject Clock clock;

    /**
     * A new location: the fields first (400), then the organisation and school (404; a school of another
     * organisation 400), then the code as it is written (409 CODE_TAKEN; a school with a library already 409
     * CONFLICT).
     */
    @Transactional
    public LocationDtos.Location create(Actor actor, NewLocation request) {
        requireAdministrator(actor);
        if (request.kind() == LocationKind.SCHOOL_LIBRARY && request.schoolId() == null) {
            throw ProblemException.invalid("schoolId", "a school library needs its school");
        }
        if (request.kind() == LocationKind.BRANCH && request.schoolId() != null) {
            throw ProblemException.invalid("schoolId", "a branch has no school");
        }
        List<Location.Hours> hours = LocationRules.hours("openingHours", request.openingHours());
        if (jdbc.count("SELECT count(*) FROM organisation WHERE id = ?", request.organisationId()) == 0) {
            throw ProblemException.notFound("Organisation", request.organisationId());
        }
        if (request.schoolId() != null) {
            Optional<Long> organisation = jdbc.one("SELECT organisation_id FROM school WHERE id = ?",
                    rs -> rs.getLong(1), request.schoolId());
            if (organisation.isEmpty()) {
                throw ProblemException.notFound("School", request.schoolId());
            }
            if (organisation.get() != request.organisationId().longValue()) {
                throw ProblemException.invalid("schoolId", "must be a school of the organisation");
            }
        }
        LocationRules.Values values = LocationRules.values(request);
        Location location = Location.create(request.organisationId(), request.kind(), request.schoolId(), values,
                hours, clock.instant());
        try {
            locations.persist(location);
            locations.flush();
        } catch (PersistenceException e) {
            throw LocationRules.codeTaken(e, values.code());
        }
        events.tenantEvent("LocationCreated", "LOCATION", location.id(), request.organisationId(), request.schoolId(),
                Map.of("code", values.code(), "kind", request.kind().name()));
        return queries.one(location.id()).orElseThrow();
    }

    @Transactional
    public LocationDtos.Location change(Actor actor, long id, LocationPatch patch) {
        requireAdministrator(actor);
        if (patch.name() != null && patch.name().isBlank()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        Location location = locations.lock(id).orElseThrow(() -> ProblemException.notFound("Location", id));
        Map<String, Object> changed = new LinkedHashMap<>(location.change(patch.name(), patch.address(),
                patch.postalCode(), patch.city(), patch.pickupDays(), patch.loanDays()));
        if (patch.active() != null) {
            if (!patch.active() && location.active()) {
                long waiting = queries.readyOrInTransit(id);
                if (waiting > 0) {
                    throw new ProblemException(ErrorCode.LOCATION_IN_USE, "The location still has " + waiting
                            + " reservation(s) ready or on their way for pickup; let them be picked up first.");
                }
            }
            if (location.activate(patch.active())) {
                changed.put("active", patch.active());
            }
        }
        if (!changed.isEmpty()) {
            events.tenantEvent("LocationChanged", "LOCATION", id, location.organisationId(), location.schoolId(),
                    changed);
        }
        return queries.one(id).orElseThrow();
    }

    /**
     * Replaces the opening hours of a location in the actor's scope (404, then 403, then the hours' own rules: 400);
     * none: no opening days registered (open daily).
     */
    @Transactional
    public LocationDtos.Location replaceOpeningHours(Actor actor, long id, List<OpeningHours> given) {
        Location location = locations.lock(id).orElseThrow(() -> ProblemException.notFound("Location", id));
        if (!LocationScope.of(actor).covers(location.organisationId(), location.schoolId())) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "This location is outside your organisation or school.");
        }
        List<Location.Hours> hours = LocationRules.hours("body", given);
        location.replaceOpeningHours(hours);
        events.tenantEvent("LocationOpeningHoursChanged", "LOCATION", id, location.organisationId(),
                location.schoolId(), Map.of("openingHours", given.stream()
                        .map(h -> h.weekday() + " " + h.opens() + "-" + h.closes()).toList()));
        return queries.one(id).orElseThrow();
    }

    private static void requireAdministrator(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only an administrator creates and changes locations.");
        }
    }
}
