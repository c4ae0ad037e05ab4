package nl.schoollibrary.reservations.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import nl.schoollibrary.reservations.common.database.Jdbc;

/** Records domain events in the outbox table, in the same transaction as the change they describe. */
@ApplicationScoped
public class EventOutbox {

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;

    /**
     * Records an event about a reservation; the tenant is the reservation's school (the patron's) and its
     * organisation, or for a special pass the organisation of the pass's location. Payloads carry ids and facts,
     * never names: the anonymisation job (privacy/Anonymisation) removes the few personal keys (placedBy, reason).
     */
    public void reservationEvent(String type, long reservationId, Map<String, Object> payload) {
        insert(type, "RESERVATION", reservationId, payload, """
                SELECT coalesce(s.organisation_id, l.organisation_id), r.school_id
                  FROM reservation r LEFT JOIN school s ON s.id = r.school_id
                  LEFT JOIN patron p ON p.id = r.patron_id LEFT JOIN location l ON l.id = p.owner_location_id
                 WHERE r.id = ?""");
    }

    /** Records an event about a loan. */
    public void loanEvent(String type, long loanId, Map<String, Object> payload) {
        insert(type, "LOAN", loanId, payload, """
                SELECT l.organisation_id, ln.school_id
                  FROM loan ln JOIN location l ON l.id = ln.location_id
                 WHERE ln.id = ?""");
    }

    /** Records an event about a copy (blocks); the tenant is the copy owner's organisation. */
    public void copyEvent(String type, long copyId, Map<String, Object> payload) {
        insert(type, "COPY", copyId, payload, """
                SELECT o.organisation_id, o.school_id FROM copy c JOIN location o ON o.id = c.owner_location_id
                 WHERE c.id = ?""");
    }

    /**
     * Records an event about a title (catalogue intake). Titles are shared by every organisation; the tenant is the
     * actor's: their organisation, and their school for school staff or a school's client.
     */
    public void titleEvent(String type, long titleId, Long organisationId, Long schoolId, Map<String, Object> payload) {
        insert(type, "TITLE", titleId, payload, "SELECT ?::bigint, ?::bigint", organisationId, schoolId);
    }

    /** Records an event about the logins of a school's students (login cards: counts, never codes). */
    public void studentLoginsEvent(String type, long schoolId, Map<String, Object> payload) {
        insert(type, "SCHOOL", schoolId, payload, "SELECT s.organisation_id, s.id FROM school s WHERE s.id = ?");
    }

    /**
     * Records an event whose tenant is given: an organisation, school, location or closure (ORGANISATION, SCHOOL,
     * LOCATION, CLOSURE: the organisation it belongs to, and the school for a school or its library, none for a closure
     * of several organisations' locations), an account (ACCOUNT: the account's organisation and school; never a
     * password or code in the payload), a catalogue import (IMPORT: the importer's).
     */
    public void tenantEvent(String type, String aggregateType, long id, Long organisationId, Long schoolId,
            Map<String, Object> payload) {
        insert(type, aggregateType, id, payload, "SELECT ?::bigint, ?::bigint", organisationId, schoolId);
    }

    /**
     * Records one event of the same type about each of several reservations, in one statement (set-based work such
     * as moving pickup-by dates out of a closure); the tenant of each as in {@link #reservationEvent}.
     */
    public void reservationEvents(String type, Map<Long, Map<String, Object>> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        Long[] ids = payloads.keySet().toArray(new Long[0]);
        String[] json = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            json[i] = json(payloads.get(ids[i]));
        }
        jdbc.update("""
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id,
                                          payload)
                SELECT ?, ?, 'RESERVATION', r.id, coalesce(s.organisation_id, l.organisation_id), r.school_id,
                       u.payload::jsonb
                  FROM unnest(?::bigint[], ?::text[]) WITH ORDINALITY AS u(id, payload, o)
                  JOIN reservation r ON r.id = u.id LEFT JOIN school s ON s.id = r.school_id
                  LEFT JOIN patron p ON p.id = r.patron_id LEFT JOIN location l ON l.id = p.owner_location_id
                 ORDER BY u.o""", clock.instant(), type, ids, json);
    }

    private void insert(String type, String aggregateType, long id, Map<String, Object> payload, String tenantSql) {
        insert(type, aggregateType, id, payload, tenantSql, (Object) id);
    }

    private void insert(String type, String aggregateType, long id, Map<String, Object> payload, String tenantSql,
            Object... tenantParams) {
        String json = json(payload);
        jdbc.update("INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id,"
                + " payload) SELECT ?, ?, ?, ?, t.org, t.school, ?::jsonb FROM (" + tenantSql + ") AS t(org, school)",
                params(new Object[] {clock.instant(), type, aggregateType, id, json}, tenantParams));
    }

    private String json(Map<String, Object> payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] params(Object[] first, Object[] then) {
        Object[] all = Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }
}
