package nl.schoollibrary.reservations.webhook;

import static nl.schoollibrary.reservations.common.database.Jdbc.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.webhook.WebhookDtos.EndpointView;

/** Webhook endpoints as the API shows them, the tenant of a client, and what a call needs of an endpoint. */
@ApplicationScoped
public class WebhookReads {

    private static final String VIEWS = """
            SELECT w.id, w.client_id, c.name, w.url, w.description, w.event_types, w.active, w.paused_at,
                   w.pause_reason, w.consecutive_failures, w.created_at, d.pending, d.failed
              FROM webhook_endpoint w
              JOIN integration_client c ON c.id = w.client_id
              LEFT JOIN school s ON s.id = c.school_id
             CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE x.status = 'PENDING') AS pending,
                                        count(*) FILTER (WHERE x.status = 'FAILED') AS failed
                                   FROM delivery x WHERE x.endpoint_id = w.id) d
            """;

    /** An integration client as far as its endpoints are concerned: its tenant and whether it may read events. */
    record ClientKey(long id, String name, long organisationId, Long schoolId, boolean active, boolean readsEvents) {
    }

    /** What a call needs: where, the secret, and whether it may go out at all. */
    record Target(long id, String url, String secret, boolean active, Instant pausedAt, List<String> eventTypes) {
    }

    @Inject Jdbc jdbc;

    /** Every endpoint (administrators), by id. */
    public List<EndpointView> all() {
        return jdbc.list(VIEWS + " ORDER BY w.id", WebhookReads::view);
    }

    /** The endpoints of one client, by id. */
    public List<EndpointView> ofClient(long clientId) {
        return jdbc.list(VIEWS + " WHERE w.client_id = ? ORDER BY w.id", WebhookReads::view, clientId);
    }

    /** The endpoints of the clients of an organisation and of its schools, by id. */
    public List<EndpointView> ofOrganisation(long organisationId) {
        return jdbc.list(VIEWS + " WHERE coalesce(c.organisation_id, s.organisation_id) = ? ORDER BY w.id",
                WebhookReads::view, organisationId);
    }

    public Optional<EndpointView> endpoint(long id) {
        return jdbc.one(VIEWS + " WHERE w.id = ?", WebhookReads::view, id);
    }

    /** The client an endpoint belongs to, if the endpoint exists. */
    public Optional<Long> clientOf(long endpointId) {
        return jdbc.one("SELECT client_id FROM webhook_endpoint WHERE id = ?", rs -> rs.getLong(1), endpointId);
    }

    public Optional<ClientKey> client(long clientId) {
        return jdbc.one("""
                SELECT c.id, c.name, coalesce(c.organisation_id, s.organisation_id), c.school_id, c.active,
                       'events:read' = ANY (c.scopes)
                  FROM integration_client c LEFT JOIN school s ON s.id = c.school_id
                 WHERE c.id = ?""", rs -> new ClientKey(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getObject(4, Long.class), rs.getBoolean(5), rs.getBoolean(6)), clientId);
    }

    /** The endpoint a call goes to; inactive also when its client is disabled. Empty when it is gone. */
    Optional<Target> target(long endpointId) {
        return jdbc.one("""
                SELECT w.id, w.url, w.secret, w.active AND c.active, w.paused_at, w.event_types
                  FROM webhook_endpoint w JOIN integration_client c ON c.id = w.client_id
                 WHERE w.id = ?""", rs -> new Target(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getBoolean(4), instant(rs.getTimestamp(5)), types(rs)), endpointId);
    }

    private static EndpointView view(ResultSet rs) throws SQLException {
        return new EndpointView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                List.of((String[]) rs.getArray(6).getArray()), rs.getBoolean(7), instant(rs.getTimestamp(8)),
                rs.getString(9), rs.getInt(10), rs.getTimestamp(11).toInstant(), rs.getLong(12), rs.getLong(13));
    }

    private static List<String> types(ResultSet rs) throws SQLException {
        return List.of((String[]) rs.getArray(6).getArray());
    }
}
