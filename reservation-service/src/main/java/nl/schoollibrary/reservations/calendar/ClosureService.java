package nl.schoollibrary.reservations.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.calendar.CalendarReads.LocationKey;
import nl.schoollibrary.reservations.calendar.ClosureDtos.Closure;
import nl.schoollibrary.reservations.calendar.ClosureDtos.ClosureCreated;
import nl.schoollibrary.reservations.calendar.ClosureDtos.NewClosure;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.reservation.PickupDates;

/**
 * Closures: staff close the locations in their scope ({@link LocationScope}) for a date range, e.g. a school holiday
 * for every school library of a region. In the same transaction every READY reservation at those locations whose
 * pickup-by date falls inside the closure gets the next open day after it ({@link PickupDates}), and its student a
 * message. Deleting a closure opens the days again; pickup-by dates are not moved back.
 */
@ApplicationScoped
public class ClosureService {

    /** The longest closure, in days (both ends included). */
    static final int MAX_DAYS = 366;

    @Inject Closures closures;
    @Inject CalendarReads reads;
    @Inject PickupDates pickupDates;
    @Inject Jdbc jdbc;
    @Inject EventOutbox events;
    @Inject Clock clock;

    public List<Closure> list(Actor actor, Long locationId, LocalDate from) {
        LocationScope scope = LocationScope.of(actor);
        if (locationId != null) {
            LocationKey location = reads.location(locationId).orElseThrow(() -> ProblemException.notFound("Location",
                    locationId));
            requireInScope(scope, List.of(location));
        }
        return reads.closures(scope, locationId, from == null ? LocalDate.now(clock) : from);
    }

    /**
     * A new closure of the locations: the dates are checked first (400), then every location (404 for one that does
     * not exist, 403 for the whole request when one is out of scope); then the locations' advisory keys are taken
     * exclusively, the closure and its closed periods written, and the pickup-by dates in it moved.
     */
    @Transactional
    public ClosureCreated create(Actor actor, NewClosure request) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) + 1 > MAX_DAYS) {
            throw ProblemException.invalid("to", "a closure is at most " + MAX_DAYS + " days long");
        }
        Set<Long> ids = new TreeSet<>(request.locationIds());
        List<LocationKey> locations = reads.locations(ids);
        if (locations.size() < ids.size()) {
            Set<Long> found = locations.stream().map(LocationKey::id).collect(Collectors.toSet());
            long missing = ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
            throw ProblemException.notFound("Location", missing);
        }
        LocationScope scope = LocationScope.of(actor);
        requireInScope(scope, locations);

        pickupDates.lockLocations(ids);
        ClosureRecord closure = ClosureRecord.create(request.from(), request.to(), request.reason(), actor.username(),
                clock.instant());
        closures.persist(closure);
        closures.flush();
        long id = closure.id();
        jdbc.update("""
                INSERT INTO closed_period (closure_id, location_id, from_date, to_date, reason)
                SELECT ?, u.id, ?, ?, ? FROM unnest(?::bigint[]) AS u(id) ORDER BY u.id""", id, request.from(),
                request.to(), request.reason().strip(), ids.toArray(new Long[0]));
        List<PickupDates.Moved> moved = pickupDates.moveOutOfClosure(id, ids, request.from(), request.to());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("from", request.from().toString());
        payload.put("to", request.to().toString());
        payload.put("locationIds", List.copyOf(ids));
        payload.put("pickupDatesMoved", moved.size());
        events.tenantEvent("ClosureCreated", "CLOSURE", id, tenantOrganisation(locations), tenantSchool(locations),
                payload);
        return new ClosureCreated(reads.closure(scope, id).orElseThrow(), moved.size());
    }

    /** Deletes a closure: the same scope over all its locations. Its days are open again; no date moves back. */
    @Transactional
    public void delete(Actor actor, long id) {
        ClosureRecord closure = closures.lock(id).orElseThrow(() -> ProblemException.notFound("Closure", id));
        List<LocationKey> locations = reads.locationsOf(id);
        requireInScope(LocationScope.of(actor), locations);
        closures.delete(closure);
        events.tenantEvent("ClosureDeleted", "CLOSURE", id, tenantOrganisation(locations), tenantSchool(locations),
                Map.of("from", closure.from().toString(), "to", closure.to().toString(), "locationIds",
                        locations.stream().map(LocationKey::id).toList()));
    }

    private static void requireInScope(LocationScope scope, List<LocationKey> locations) {
        for (LocationKey location : locations) {
            if (!scope.covers(location.organisationId(), location.schoolId())) {
                throw new ProblemException(ErrorCode.FORBIDDEN, "Location " + location.id()
                        + " is outside your organisation or school.");
            }
        }
    }

    /** The one organisation of the locations, or none when they belong to several. */
    private static Long tenantOrganisation(List<LocationKey> locations) {
        Set<Long> organisations = locations.stream().map(LocationKey::organisationId).collect(Collectors.toSet());
        return organisations.size() == 1 ? organisations.iterator().next() : null;
    }

    /** The school of a closure of one school library only. */
    private static Long tenantSchool(List<LocationKey> locations) {
        return locations.size() == 1 ? locations.get(0).schoolId() : null;
    }
}
