package nl.schoollibrary.reservations.integration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientView;
import nl.schoollibrary.reservations.integration.IntegrationDtos.EventFeed;
import nl.schoollibrary.reservations.integration.IntegrationDtos.EventView;

/** The integration side as the API shows it: clients of an organisation, the event feed, and tenant look-ups. */
@ApplicationScoped
public class IntegrationReads {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static final String CLIENTS = "SELECT c.id, c.client_id, c.name, c.scopes, c.school_id, c.organisation_id,"
            + " c.active, c.created_at FROM integration_client c";

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;

    /**
     * Every integration client, by client id: administrators manage the clients of every organisation of the
     * installation (as they manage its organisations, schools and locations).
     */
    public List<ClientView> clients() {
        return jdbc.list(CLIENTS + " ORDER BY c.client_id", IntegrationReads::client);
    }

    /** One integration client; empty when there is none. */
    public Optional<ClientView> client(long id) {
        return jdbc.one(CLIENTS + " WHERE c.id = ?", IntegrationReads::client, id);
    }

    public boolean organisationExists(long organisationId) {
        return jdbc.count("SELECT count(*) FROM organisation WHERE id = ?", organisationId) > 0;
    }

    /** Whether the school belongs to the organisation. */
    public boolean schoolOf(long organisationId, long schoolId) {
        return jdbc.count("SELECT count(*) FROM school WHERE id = ? AND organisation_id = ?", schoolId,
                organisationId) > 0;
    }

    /** The organisation of a school, if the school exists. */
    public Optional<Long> organisationOfSchool(long schoolId) {
        return jdbc.one("SELECT organisation_id FROM school WHERE id = ?", rs -> rs.getLong(1), schoolId);
    }

    /**
     * Domain events after the cursor, in id order, of the caller's tenant: the school of a client limited to one
     * school, else the organisation. At most {@code limit}; {@code more} says whether others follow right now.
     */
    public EventFeed events(Actor actor, long after, int limit) {
        boolean school = actor.schoolId() != null && actor.role() == Role.INTEGRATION;
        List<EventView> items = jdbc.list("SELECT id, occurred_at, type, aggregate_type, aggregate_id, school_id,"
                + " payload::text FROM domain_event WHERE " + (school ? "school_id" : "organisation_id") + " = ?"
                + " AND id > ? ORDER BY id LIMIT ?",
                rs -> event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getObject(6, Long.class), rs.getString(7)),
                school ? actor.schoolId() : actor.organisationId(), after, limit + 1);
        boolean more = items.size() > limit;
        List<EventView> page = more ? items.subList(0, limit) : items;
        return new EventFeed(List.copyOf(page), page.isEmpty() ? after : page.get(page.size() - 1).id(), more);
    }

    /**
     * An event as the feed shows it, from its row (the payload as JSON text): the one mapping of the feed and of the
     * webhook body ({@code webhook.WebhookChannel}), so the two cannot differ.
     */
    public EventView event(long id, Instant occurredAt, String type, String aggregateType, long aggregateId,
            Long schoolId, String payloadJson) {
        return new EventView(id, occurredAt, type, aggregateType, aggregateId, schoolId, map(payloadJson));
    }

    private static ClientView client(ResultSet rs) throws SQLException {
        return new ClientView(rs.getLong(1), rs.getString(2), rs.getString(3),
                List.of((String[]) rs.getArray(4).getArray()), rs.getObject(5, Long.class), rs.getObject(6, Long.class),
                rs.getBoolean(7), rs.getTimestamp(8).toInstant());
    }

    private Map<String, Object> map(String json) {
        try {
            return mapper.readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
