package nl.schoollibrary.reservations.delivery;

import static nl.schoollibrary.reservations.common.database.Jdbc.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.Attempt;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.Channel;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.Delivery;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.DeliveryPage;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.DeliveryStatus;

/**
 * The delivery log, limited to what the caller may see: administrators everything; library staff their
 * organisation's; school staff the mails about their school's students; an integration client its own endpoints'.
 */
@ApplicationScoped
public class DeliveryReads {

    private static final String COLUMNS = """
            SELECT d.id, d.channel, d.status, d.event_id, e.type, e.aggregate_type, e.aggregate_id, d.notification,
                   d.endpoint_id, w.url, w.paused_at IS NOT NULL AND d.status = 'PENDING', d.attempts,
                   CASE WHEN d.status = 'PENDING' THEN d.next_attempt_at END, d.created_at, d.delivered_at, d.last_error
              FROM delivery d
              LEFT JOIN domain_event e ON e.id = d.event_id
              LEFT JOIN webhook_endpoint w ON w.id = d.endpoint_id""";

    @Inject Jdbc jdbc;

    public record Filter(Channel channel, DeliveryStatus status, Long endpointId, Long before, int limit) {
    }

    public DeliveryPage list(Actor actor, Filter filter) {
        Scope scope = Scope.of(actor);
        List<Object> params = new ArrayList<>(scope.params());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sql());
        if (filter.channel() != null) {
            where.append(" AND d.channel = ?");
            params.add(filter.channel().name());
        }
        if (filter.status() != null) {
            where.append(" AND d.status = ?");
            params.add(filter.status().name());
        }
        if (filter.endpointId() != null) {
            where.append(" AND d.endpoint_id = ?");
            params.add(filter.endpointId());
        }
        if (filter.before() != null) {
            where.append(" AND d.id < ?");
            params.add(filter.before());
        }
        params.add(filter.limit() + 1);
        List<Delivery> rows = jdbc.list(COLUMNS + where + " ORDER BY d.id DESC LIMIT ?", DeliveryReads::delivery,
                params.toArray());
        boolean more = rows.size() > filter.limit();
        List<Delivery> page = more ? rows.subList(0, filter.limit()) : rows;
        return new DeliveryPage(List.copyOf(page), more ? page.get(page.size() - 1).id() : null);
    }

    /** One delivery the caller may see. */
    public Optional<Delivery> one(Actor actor, long id) {
        Scope scope = Scope.of(actor);
        List<Object> params = new ArrayList<>(scope.params());
        params.add(id);
        return jdbc.one(COLUMNS + " WHERE " + scope.sql() + " AND d.id = ?", DeliveryReads::delivery,
                params.toArray());
    }

    public List<Attempt> attempts(long deliveryId) {
        return jdbc.list("""
                SELECT attempt, attempted_at, duration_ms, succeeded, status_code, error
                  FROM delivery_attempt WHERE delivery_id = ? ORDER BY id""",
                rs -> new Attempt(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getBoolean(4),
                        rs.getObject(5, Integer.class), rs.getString(6)), deliveryId);
    }

    /** The rows of the log a caller sees, as a condition on {@code d} (delivery) with its parameters. */
    record Scope(String sql, List<Object> params) {
        static Scope of(Actor actor) {
            return switch (actor.role()) {
                case ADMIN -> new Scope("TRUE", List.of());
                case LIBRARY_STAFF -> new Scope("d.organisation_id = ?", List.of(actor.organisationId()));
                case SCHOOL_STAFF -> new Scope("d.channel = 'EMAIL' AND d.school_id = ?", List.of(actor.schoolId()));
                case INTEGRATION -> new Scope("d.endpoint_id IN (SELECT id FROM webhook_endpoint WHERE client_id = ?)",
                        List.of(actor.userId()));
                default -> new Scope("FALSE", List.of());
            };
        }
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong(1), Channel.valueOf(rs.getString(2)), DeliveryStatus.valueOf(rs.getString(3)),
                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                rs.getObject(9, Long.class), rs.getString(10), rs.getObject(9) == null ? null : rs.getBoolean(11),
                rs.getInt(12), instant(rs.getTimestamp(13)), rs.getTimestamp(14).toInstant(),
                instant(rs.getTimestamp(15)), rs.getString(16));
    }
}
