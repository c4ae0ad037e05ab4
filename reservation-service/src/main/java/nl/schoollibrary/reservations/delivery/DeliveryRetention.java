package nl.schoollibrary.reservations.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.database.Jdbc;
import org.jboss.logging.Logger;

/**
 * Keeps the delivery log from growing without end: a finished delivery (delivered, skipped or given up) created more
 * than {@code reservation.notifications.finished-kept} ago is deleted with its attempts. A pending one is never
 * deleted, however old. (Mails about a reservation go earlier, when the reservation is anonymised.)
 *
 * <p>In batches of {@value #BATCH}, each its own short transaction taking its rows with {@code FOR UPDATE SKIP
 * LOCKED}, oldest first, so it never blocks the dispatcher and several instances can run it at once. Without an index
 * of its own (one would cost every delivery that finishes): a run reads the log once in id order, hourly.
 */
@ApplicationScoped
public class DeliveryRetention {

    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);
    private static final int BATCH = 1000;

    private static final String FINISHED_BEFORE = """
            WITH old AS (
                SELECT id FROM delivery
                 WHERE status <> 'PENDING' AND created_at < ?
                 ORDER BY id
                 LIMIT ?
                   FOR UPDATE SKIP LOCKED),
            gone AS (
                DELETE FROM delivery d USING old o WHERE d.id = o.id RETURNING 1)
            SELECT count(*) FROM gone""";

    @Inject Jdbc jdbc;
    @Inject Clock clock;
    @Inject AppConfig config;

    @Scheduled(every = "${reservation.notifications.retention-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long deleted = run();
        if (deleted > 0) {
            LOG.infof("Delivery log: %d finished deliveries older than %s deleted", deleted,
                    config.notifications().finishedKept());
        }
    }

    /** Deletes every finished delivery past the retention, batch by batch; answers how many. */
    public long run() {
        Instant cutoff = clock.instant().minus(config.notifications().finishedKept());
        return jdbc.countInBatches(BATCH, FINISHED_BEFORE, cutoff, BATCH);
    }
}
