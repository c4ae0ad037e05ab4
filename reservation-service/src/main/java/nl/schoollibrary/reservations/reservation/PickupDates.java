package nl.schoollibrary.reservations.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.messaging.Messages;

/**
 * Pickup-by dates moved out of a new closure: every READY reservation picked up at one of the closed locations whose
 * pickup-by date falls inside the closure waits until the next open day after it, by the location's own pickup
 * calendar ({@link ReservationFacts#calendar}, which then holds the new closure). Set-based: one UPDATE for all, one
 * INSERT of the students' messages, one of the events.
 *
 * <p>Locks (ADR 0006). The closure takes the advisory keys of its locations exclusively, in key order, before it
 * writes anything ({@link #lockLocations}); a pickup-by date is only ever computed under the same key taken shared
 * ({@link ReservationFacts#pickupBy}: check-in's capture and arrival, a staff copy reservation on the shelf;
 * placement takes it shared too). So a check-in at a closed location either computes its date before the closure (and
 * commits first: the closure's UPDATE, run after the lock, sees its READY reservation and moves it) or after it
 * (and its calendar holds the closure). No deadlock: the shared key is the last lock check-in takes, and the only rows
 * the closure locks after its keys are READY reservations in the closure, which check-in never holds while it waits
 * for the key (it holds the waiting or in-transit reservation it is about to make ready).
 */
@ApplicationScoped
public class PickupDates {

    @Inject Jdbc jdbc;
    @Inject ReservationFacts facts;
    @Inject Messages messages;
    @Inject EventOutbox events;

    /** The advisory keys of the locations, exclusively, in key order, until the transaction ends. */
    public void lockLocations(Collection<Long> locationIds) {
        long[] keys = locationIds.stream().mapToLong(LockKeys::location).sorted().distinct().toArray();
        jdbc.list("""
                SELECT pg_advisory_xact_lock(u.k) FROM unnest(?::bigint[]) WITH ORDINALITY AS u(k, o) ORDER BY u.o""",
                rs -> 1, (Object) keys);
    }

    /** A reservation whose pickup-by date moved. */
    public record Moved(long reservationId, long locationId, LocalDate previousPickupBy, LocalDate pickupBy) {
    }

    /**
     * Moves the pickup-by dates of the READY reservations at the locations that fall in [from, to] to the next open
     * day after {@code to}; each student gets a RESERVATION_PICKUP_BY_MOVED message and each reservation a
     * {@code ReservationPickupByMoved} event. Call after {@link #lockLocations} and after the closure's closed periods
     * are written (the calendars read them).
     */
    public List<Moved> moveOutOfClosure(long closureId, Collection<Long> locationIds, LocalDate from, LocalDate to) {
        Long[] locations = locationIds.toArray(new Long[0]);
        List<Long> affected = jdbc.list("""
                SELECT DISTINCT pickup_location_id FROM reservation
                 WHERE status = 'READY' AND pickup_location_id = ANY (?) AND pickup_by BETWEEN ? AND ?
                 ORDER BY pickup_location_id""", rs -> rs.getLong(1), locations, from, to);
        if (affected.isEmpty()) {
            return List.of();
        }
        Long[] ids = affected.toArray(new Long[0]);
        String[] dates = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            dates[i] = facts.calendar(ids[i], to).pickupBy(to, 1).toString();
        }
        List<Moved> moved = jdbc.list("""
                WITH next AS (SELECT * FROM unnest(?::bigint[], ?::date[]) AS n(location_id, pickup_by)),
                     old AS (SELECT r.id, r.pickup_by FROM reservation r
                              WHERE r.status = 'READY' AND r.pickup_location_id = ANY (?)
                                AND r.pickup_by BETWEEN ? AND ?
                              ORDER BY r.id FOR UPDATE)
                UPDATE reservation r SET pickup_by = next.pickup_by, version = r.version + 1
                  FROM old, next
                 WHERE r.id = old.id AND next.location_id = r.pickup_location_id
                RETURNING r.id, r.pickup_location_id, old.pickup_by AS previous, r.pickup_by""",
                rs -> new Moved(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)), ids, dates, ids, from, to);
        if (moved.isEmpty()) {
            return moved;
        }
        List<Long> movedIds = new ArrayList<>();
        Map<Long, Map<String, Object>> payloads = new LinkedHashMap<>();
        for (Moved m : moved) {
            movedIds.add(m.reservationId());
            payloads.put(m.reservationId(), Map.of("previousPickupBy", m.previousPickupBy().toString(),
                    "pickupBy", m.pickupBy().toString(), "closureId", closureId));
        }
        messages.pickupByMoved(movedIds.toArray(new Long[0]));
        events.reservationEvents("ReservationPickupByMoved", payloads);
        return moved;
    }
}
