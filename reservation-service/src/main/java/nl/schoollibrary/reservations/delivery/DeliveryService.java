package nl.schoollibrary.reservations.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
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
        int changed = jdbc.update("""
                UPDATE delivery SET status = 'PENDING', next_attempt_at = ?, claimed_by = NULL, claimed_at = NULL
                 WHERE id = ? AND status IN ('FAILED', 'SKIPPED')""", clock.instant(), id);
        if (changed == 0) {
            throw new ProblemException(ErrorCode.DELIVERY_NOT_RETRYABLE, delivery.status() == DeliveryStatus.DELIVERED
                    ? "This delivery was delivered already." : "This delivery is still pending.");
        }
        jdbc.one("SELECT pg_notify('delivery', '')", rs -> 1); // wakes the dispatchers at commit
        Long organisation = jdbc.one("SELECT organisation_id FROM delivery WHERE id = ?",
                rs -> rs.getObject(1, Long.class), id).orElse(null);
        events.tenantEvent("DeliveryRetried", "DELIVERY", id, organisation, null,
                Map.of("by", actor.username(), "previousStatus", delivery.status().name()));
        return detail(actor, id);
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(ErrorCode.NOT_FOUND, "No delivery " + id + " that you may see.");
    }
}
