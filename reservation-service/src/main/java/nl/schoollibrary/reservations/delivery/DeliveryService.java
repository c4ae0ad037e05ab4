package nl.schoollibrary.reservations.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.DeliveryDetail;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.DeliveryStatus;
import nl.schoollibrary.reservations.messaging.EventOutbox;

/** Reading the delivery log, and sending a delivery again by hand after it was given up or skipped. */
@ApplicationScoped
public class DeliveryService {

    @Inject DeliveryReads reads;
    @Inject Jdbc jdbc;
    @Inject Clock clock;
    @Inject EventOutbox events;

    public DeliveryDetail detail(Actor actor, long id) {
        var delivery = reads.one(actor, id).orElseThrow(() -> notFound(id));
        return new DeliveryDetail(delivery, reads.attempts(id));
    }

    /**
     * A FAILED or SKIPPED delivery becomes PENDING and due now (its attempts so far stay in the log); the dispatcher
     * takes it with the next batch. A delivered or pending one: 409 DELIVERY_NOT_RETRYABLE.
     */
    @Transactional
    public DeliveryDetail retry(Actor actor, long id) {
        var delivery = reads.one(actor, id).orElseThrow(() -> notFound(id));
        // One statement: back to PENDING (only from FAILED or SKIPPED), the dispatchers woken at commit, and the
        // delivery's organisation for the event.
        Optional<Retried> retried = jdbc.one("""
                UPDATE delivery SET status = 'PENDING', next_attempt_at = ?, claimed_by = NULL, claimed_at = NULL
                 WHERE id = ? AND status IN ('FAILED', 'SKIPPED')
                RETURNING organisation_id, pg_notify('delivery', '')""", rs -> new Retried(rs.getObject(1, Long.class)),
                clock.instant(), id);
        if (retried.isEmpty()) {
            throw new ProblemException(ErrorCode.DELIVERY_NOT_RETRYABLE, delivery.status() == DeliveryStatus.DELIVERED
                    ? "This delivery was delivered already." : "This delivery is still pending.");
        }
        events.tenantEvent("DeliveryRetried", "DELIVERY", id, retried.get().organisationId(), null,
                Map.of("by", actor.username(), "previousStatus", delivery.status().name()));
        return detail(actor, id);
    }

    private record Retried(Long organisationId) {
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(ErrorCode.NOT_FOUND, "No delivery " + id + " that you may see.");
    }
}
