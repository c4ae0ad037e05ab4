package nl.schoollibrary.reservations.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.common.database.ServiceInstance;
import nl.schoollibrary.reservations.common.database.Wakeups;
import org.jboss.logging.Logger;

/**
 * Sends the deliveries (mails to parents, webhooks) that the outbox trigger derived from domain events, on every
 * instance at once: PostgreSQL is the queue (docs/adr/0013).
 *
 * <ol>
 *   <li><b>Claim</b> (one short transaction): due PENDING deliveries, {@code FOR UPDATE SKIP LOCKED}, so two instances
 *       never take the same row; a row claimed by an instance that still runs (its advisory lock (467, id) exists) is
 *       left alone until its lease ends; a claim of a stopped instance (kill -9) is taken over at once. A delivery
 *       waits while an earlier one with the same ordering key (endpoint and reservation) is pending, so a receiver
 *       gets one reservation's events in order. A paused endpoint's deliveries wait until it is resumed.</li>
 *   <li><b>Send</b>, outside any transaction, up to {@code parallel-sends} at once, through the channel bean; a
 *       finished send frees its slot for the next claim at once (no waiting for the rest of a batch).</li>
 *   <li><b>Record</b> each outcome the moment it is known, in a statement of its own that commits at once: delivered
 *       (never sent again), retried after the backoff of the schedule, given up (FAILED) after the last, or skipped;
 *       the attempt goes to the log; an endpoint's failures in a row are counted and pause it at {@code pause-after}.
 *   </li>
 * </ol>
 *
 * <p>Between the receiver's acknowledgement and that commit (a millisecond) lies the only moment where a crash leads
 * to a second send of the same delivery, with the same {@code webhook-id} / {@code Message-ID}, so the receiver can
 * tell. The loop sleeps on {@code LISTEN delivery} (the trigger NOTIFYs at commit) and looks for due retries at least
 * every {@code poll-interval}.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    /** The claiming instance runs when its advisory lock exists (see ServiceInstance); else its claim is free. */
    private static final String CLAIM = """
            WITH due AS (
                SELECT d.id FROM delivery d
                 WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
                   AND (d.claimed_by IS NULL OR d.claimed_at < now() - make_interval(secs => ?)
                        OR NOT EXISTS (SELECT 1 FROM pg_locks l
                                        WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted
                                          AND l.classid = ?::int::oid AND l.objid = d.claimed_by::oid
                                          AND l.database = (SELECT oid FROM pg_database
                                                             WHERE datname = current_database())))
                   AND (d.endpoint_id IS NULL
                        OR EXISTS (SELECT 1 FROM webhook_endpoint w WHERE w.id = d.endpoint_id AND w.paused_at IS NULL))
                   AND NOT EXISTS (SELECT 1 FROM delivery p
                                    WHERE p.ordering_key = d.ordering_key AND p.status = 'PENDING' AND p.id < d.id)
                 ORDER BY d.id
                 LIMIT ?
                   FOR UPDATE OF d SKIP LOCKED),
            claimed AS (
                UPDATE delivery d SET claimed_by = ?, claimed_at = now(), attempts = d.attempts + 1
                  FROM due WHERE d.id = due.id
                RETURNING d.id, d.channel, d.endpoint_id, d.notification, d.patron_id, d.attempts, d.event_id)
            SELECT c.id, c.channel, c.endpoint_id, c.notification, c.patron_id, c.attempts,
                   e.id, e.occurred_at, e.type, e.aggregate_type, e.aggregate_id, e.organisation_id, e.school_id,
                   e.payload::text
              FROM claimed c LEFT JOIN domain_event e ON e.id = c.event_id
             ORDER BY c.id""";

    private static final String ATTEMPT = """
            INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, instance_id, duration_ms, succeeded,
                                          status_code, error)
            SELECT d.id, ?, ?, ?, ?, ?, ?, ? FROM done d""";

    private static final String DELIVERED = """
            WITH done AS (
                UPDATE delivery SET status = 'DELIVERED', delivered_at = ?, claimed_by = NULL, claimed_at = NULL,
                                    last_error = NULL
                 WHERE id = ? AND status = 'PENDING'
                RETURNING id, endpoint_id),
            attempt AS (%s)
            UPDATE webhook_endpoint w SET consecutive_failures = 0
              FROM done WHERE w.id = done.endpoint_id AND w.consecutive_failures <> 0""".formatted(ATTEMPT);

    private static final String SKIPPED = """
            WITH done AS (
                UPDATE delivery SET status = 'SKIPPED', claimed_by = NULL, claimed_at = NULL, last_error = ?
                 WHERE id = ? AND status = 'PENDING'
                RETURNING id)
            %s""".formatted(ATTEMPT);

    /** A failure: due again after the backoff, or given up; the endpoint's failures in a row, paused at the limit. */
    private static final String FAILED = """
            WITH done AS (
                UPDATE delivery SET status = CASE WHEN ?::timestamptz IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                                    next_attempt_at = coalesce(?::timestamptz, next_attempt_at),
                                    claimed_by = NULL, claimed_at = NULL, last_error = ?
                 WHERE id = ? AND status = 'PENDING'
                RETURNING id, endpoint_id),
            attempt AS (%s)
            UPDATE webhook_endpoint w
               SET consecutive_failures = w.consecutive_failures + 1,
                   paused_at = CASE WHEN w.paused_at IS NULL AND w.consecutive_failures + 1 >= ? THEN ?
                                    ELSE w.paused_at END,
                   pause_reason = CASE WHEN w.paused_at IS NULL AND w.consecutive_failures + 1 >= ?
                                       THEN left(format('%%s failed attempts in a row; the last: %%s',
                                                        w.consecutive_failures + 1, ?::text), 300)
                                       ELSE w.pause_reason END
              FROM done WHERE w.id = done.endpoint_id""".formatted(ATTEMPT);

    @Inject Jdbc jdbc;
    @Inject Clock clock;
    @Inject AppConfig config;
    @Inject ServiceInstance instance;
    @Inject Wakeups wakeups;
    @Inject Instance<DeliveryChannel> channelBeans;

    private final Map<String, DeliveryChannel> channels = new HashMap<>();
    private ExecutorService senders;
    private Thread loop;
    private volatile boolean running;

    void onStart(@Observes StartupEvent event) {
        for (DeliveryChannel channel : channelBeans) {
            channels.put(channel.channel(), channel);
        }
        senders = Executors.newFixedThreadPool(Math.max(1, config.notifications().parallelSends()), daemon("delivery-send"));
        if ("on".equalsIgnoreCase(config.notifications().dispatcher())) {
            running = true;
            loop = daemon("delivery-dispatcher").newThread(this::loop);
            loop.start();
        }
    }

    /** Puts another sender in place for a channel (tests); answers the one it replaced. */
    DeliveryChannel replaceChannel(DeliveryChannel channel) {
        return channels.put(channel.channel(), channel);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        if (senders != null) {
            senders.shutdown();
        }
    }

    /**
     * The running dispatcher: as many deliveries in flight as there are senders, each slot claimed again the moment
     * its send is recorded, so one slow receiver (up to its timeout) holds up one slot, not the batch.
     */
    private void loop() {
        LOG.infof("Delivery dispatcher running (instance %d)", instance.id());
        Semaphore free = new Semaphore(Math.max(1, config.notifications().parallelSends()));
        while (running) {
            try {
                free.acquire();
                int slots = 1 + free.drainPermits();
                List<ClaimedDelivery> batch;
                try {
                    batch = instance.id() == 0 ? List.of()
                            : claim(Math.min(slots, config.notifications().batchSize()));
                } catch (RuntimeException e) {
                    free.release(slots);
                    throw e;
                }
                free.release(slots - batch.size());
                for (ClaimedDelivery delivery : batch) {
                    senders.execute(() -> {
                        try {
                            sendAndRecord(delivery);
                        } catch (RuntimeException e) {
                            LOG.warnf(e, "Delivery %d could not be recorded (its claim ends with the lease)",
                                    delivery.id());
                        } finally {
                            free.release();
                        }
                    });
                }
                if (batch.isEmpty()) {
                    wakeups.await("delivery", config.notifications().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Delivery dispatcher: %s", e.getMessage());
                try {
                    Thread.sleep(config.notifications().pollInterval().toMillis());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Sends everything due now (by the service clock), retries whose time has come included; for tests and tools. */
    public int drain() {
        int total = 0;
        for (int n = runOnce(); n > 0; n = runOnce()) {
            total += n;
        }
        return total;
    }

    /** Claims one batch, sends it and records every outcome, then returns (tests, drain); the number claimed. */
    public int runOnce() {
        if (instance.id() == 0) {
            return 0; // not registered yet: a claim must name a running instance
        }
        List<ClaimedDelivery> batch = claim(config.notifications().batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<?>> sends = new ArrayList<>(batch.size());
        for (ClaimedDelivery delivery : batch) {
            sends.add(senders.submit(() -> sendAndRecord(delivery)));
        }
        for (Future<?> send : sends) {
            try {
                send.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf(e.getCause(), "Delivery could not be recorded");
            }
        }
        return batch.size();
    }

    private List<ClaimedDelivery> claim(int limit) {
        Instant now = clock.instant();
        return jdbc.list(CLAIM, rs -> new ClaimedDelivery(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                rs.getString(4), rs.getObject(5, Long.class), rs.getInt(6),
                rs.getObject(7) == null ? null : new ClaimedDelivery.Event(rs.getLong(7),
                        rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10), rs.getLong(11),
                        rs.getObject(12, Long.class), rs.getObject(13, Long.class), rs.getString(14))),
                now, config.notifications().lease().toSeconds(), ServiceInstance.LOCK_CLASS, limit, instance.id());
    }

    private void sendAndRecord(ClaimedDelivery delivery) {
        long start = System.nanoTime();
        Outcome outcome = send(delivery);
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
        record(delivery, outcome, millis);
    }

    private Outcome send(ClaimedDelivery delivery) {
        if (delivery.event() == null) {
            return Outcome.skipped("The event is gone");
        }
        DeliveryChannel channel = channels.get(delivery.channel());
        if (channel == null) {
            return Outcome.retry(null, "No sender for channel " + delivery.channel() + " in this instance");
        }
        try {
            Outcome outcome = channel.send(delivery);
            return outcome == null ? Outcome.retry(null, "The channel gave no outcome") : outcome;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Delivery %d failed in its channel", delivery.id());
            return Outcome.retry(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Records the outcome in one statement that commits at once (outside any transaction). */
    void record(ClaimedDelivery delivery, Outcome outcome, int millis) {
        Instant now = clock.instant();
        String error = outcome.detail() == null ? null : truncate(outcome.detail(), 500);
        Object[] attempt = {delivery.attempt(), now, instance.id(), millis,
                outcome.result() == Outcome.Result.DELIVERED, outcome.statusCode(), error};
        switch (outcome.result()) {
            case DELIVERED -> jdbc.update(DELIVERED, concat(new Object[] {now, delivery.id()}, attempt));
            case SKIPPED -> jdbc.update(SKIPPED, concat(new Object[] {error, delivery.id()}, attempt));
            case RETRY -> {
                Instant next = nextAttempt(delivery.attempt(), now);
                int pauseAfter = config.notifications().pauseAfter();
                String last = (outcome.statusCode() == null ? "" : outcome.statusCode() + " ")
                        + (error == null ? "" : error);
                jdbc.update(FAILED, concat(concat(new Object[] {next, next, error, delivery.id()}, attempt),
                        new Object[] {pauseAfter, now, pauseAfter, last.strip()}));
                if (next == null) {
                    LOG.warnf("Delivery %d (%s) given up after %d attempts: %s", delivery.id(), delivery.channel(),
                            delivery.attempt(), last);
                }
            }
        }
    }

    /** When a delivery whose attempt {@code attempt} failed is due again; null: it is given up. */
    Instant nextAttempt(int attempt, Instant now) {
        List<Duration> schedule = config.notifications().retrySchedule();
        return attempt <= schedule.size() ? now.plus(schedule.get(attempt - 1)) : null;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Object[] concat(Object[] first, Object[] then) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
