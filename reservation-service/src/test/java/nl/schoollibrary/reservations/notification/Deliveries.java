package nl.schoollibrary.reservations.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.delivery.ClaimedDelivery;
import nl.schoollibrary.reservations.delivery.Outcome;

/**
 * Sends the pending mail deliveries of an organisation through the {@link EmailChannel}, in id order, and records the
 * outcome on the row: what the dispatcher does, for the mail tests.
 */
@ApplicationScoped
class Deliveries {

    @Inject Jdbc jdbc;
    @Inject EmailChannel channel;

    /** The outcomes, in order. */
    List<Outcome> drain(long organisationId) {
        List<ClaimedDelivery> due = jdbc.list("""
                SELECT d.id, d.channel, d.endpoint_id, d.notification, d.patron_id, d.attempts + 1 AS attempt,
                       e.id AS event_id, e.occurred_at, e.type, e.aggregate_type, e.aggregate_id, e.organisation_id,
                       e.school_id, e.payload::text AS payload
                  FROM delivery d JOIN domain_event e ON e.id = d.event_id
                 WHERE d.channel = 'EMAIL' AND d.status = 'PENDING' AND d.organisation_id = ?
                 ORDER BY d.id""", rs -> new ClaimedDelivery(rs.getLong("id"), rs.getString("channel"),
                rs.getObject("endpoint_id", Long.class), rs.getString("notification"),
                rs.getObject("patron_id", Long.class), rs.getInt("attempt"),
                new ClaimedDelivery.Event(rs.getLong("event_id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("type"), rs.getString("aggregate_type"), rs.getLong("aggregate_id"),
                        rs.getObject("organisation_id", Long.class), rs.getObject("school_id", Long.class),
                        rs.getString("payload"))), organisationId);
        return due.stream().map(d -> {
            Outcome outcome = channel.send(d);
            String status = switch (outcome.result()) {
                case DELIVERED -> "DELIVERED";
                case SKIPPED -> "SKIPPED";
                case RETRY -> "FAILED";
            };
            jdbc.update("UPDATE delivery SET status = ?, attempts = attempts + 1, delivered_at = ?, last_error = ?"
                    + " WHERE id = ?", status, outcome.result() == Outcome.Result.DELIVERED ? Instant.now() : null,
                    outcome.detail(), d.id());
            return outcome;
        }).toList();
    }
}
