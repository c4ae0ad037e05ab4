package nl.schoollibrary.reservations.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.schoollibrary.reservations.common.database.DatabaseAvailability;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.common.database.ServiceInstance;
import org.jboss.logging.Logger;

/**
 * The claims of Idempotency-Keys (table {@code idempotency_key}, V5 and V13). A request with a key claims it before it
 * does its work and writes its answer into it afterwards; a retry with the same key and body gets that answer again.
 *
 * <p>A claim records its owner ({@link ServiceInstance}: the id of the instance, whose advisory lock exists only while
 * that instance runs), a token of the request, and when it was made. A retry that finds the key unfinished takes it
 * over, in the same statement that tries to claim it, when
 * <ul>
 *   <li>its owner no longer runs (killed or crashed mid-request; or it lost its database session, after which it
 *       runs on under a new id), or</li>
 *   <li>the claim is older than {@code reservation.idempotency.in-progress-timeout} (a request that ended without its
 *       answer being written: the write failed). A request that runs that long renews its claim every 10 s, so a live
 *       owner keeps the key of a request it is still working on.</li>
 * </ul>
 * Otherwise the retry is answered 409 CONFLICT "still in progress". The answer of a request is written only while the
 * key is still claimed by that request (its token), so a request whose key was taken over cannot overwrite the answer
 * of the one that took it over.
 *
 * <p>A request that took over a key does its work again: when the earlier try did not get as far as committing, that
 * is the only time the work is done; when it did commit, the work meets its own result (for a placement the active
 * reservation of the title, see {@code ReservationResource}), so nothing is done twice.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    /** How often, and after how long in flight, a running request renews its claim. */
    static final long RENEW_AFTER_SECONDS = 10;

    /** A key claimed by a request of this instance. */
    public record Claim(String actor, String key, long token, Instant firstTriedAt, boolean takenOver,
            long claimedNanos) {
    }

    /** What a request with a key does: go on with its claim, or answer now. */
    public record Outcome(Claim claim, Stored answer, boolean inProgress) {
    }

    /** A key as stored. */
    public record Stored(String requestHash, Integer status, String response) {
    }

    /**
     * Inserts the claim; on a key that exists, takes it over when it is unfinished, for the same request, and its
     * owner no longer holds its instance lock or its claim is older than the timeout. Returns a row only when this
     * request now holds the claim (inserted: whether it is new).
     */
    private static final String CLAIM = """
            INSERT INTO idempotency_key AS k (actor, key, method, path, request_hash, created_at, owner_id, claim_token,
                                              claimed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (actor, key) DO UPDATE
               SET owner_id = EXCLUDED.owner_id, claim_token = EXCLUDED.claim_token, claimed_at = now()
             WHERE k.status IS NULL AND k.request_hash = EXCLUDED.request_hash
               AND (k.owner_id IS NULL OR k.claimed_at IS NULL OR k.claimed_at < now() - make_interval(secs => ?)
                    OR NOT EXISTS (SELECT 1 FROM pg_locks l
                                    WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted
                                      AND l.classid = ?::int::oid AND l.objid = k.owner_id::oid
                                      AND l.database = (SELECT oid FROM pg_database
                                                         WHERE datname = current_database())))
            RETURNING xmax = 0, created_at""";

    private final Jdbc jdbc;
    private final Clock clock;
    private final ServiceInstance instance;
    private final DatabaseAvailability availability;
    private final double inProgressTimeoutSeconds;
    private final Map<Long, Claim> running = new ConcurrentHashMap<>();

    public IdempotencyKeys(Jdbc jdbc, Clock clock, ServiceInstance instance, DatabaseAvailability availability,
            AppConfig config) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
        this.availability = availability;
        this.inProgressTimeoutSeconds = config.idempotency().inProgressTimeout().toMillis() / 1000.0;
    }

    /** Claims {@code key} for a request of {@code actor}, or says what to answer instead. One round trip when new. */
    public Outcome claim(String actor, String key, String method, String path, String requestHash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            record Row(boolean inserted, Instant createdAt) {
            }
            Optional<Row> claimed = jdbc.one(CLAIM, rs -> new Row(rs.getBoolean(1), rs.getTimestamp(2).toInstant()),
                    actor, key, method, path, requestHash, clock.instant(), instance.id(), token,
                    inProgressTimeoutSeconds, ServiceInstance.LOCK_CLASS);
            if (claimed.isPresent()) {
                Claim claim = new Claim(actor, key, token, claimed.get().createdAt(), !claimed.get().inserted(),
                        System.nanoTime());
                if (claim.takenOver()) {
                    LOG.infof("Idempotency-Key %s of %s taken over from a request that did not finish (its instance "
                            + "stopped, or it ended without its answer being kept); doing its work again", key, actor);
                }
                running.put(token, claim);
                return new Outcome(claim, null, false);
            }
            Optional<Stored> stored = jdbc.one("SELECT request_hash, status, response FROM idempotency_key"
                    + " WHERE actor = ? AND key = ?", rs -> new Stored(rs.getString(1), rs.getObject(2, Integer.class),
                    rs.getString(3)), actor, key);
            if (stored.isPresent()) {
                boolean inProgress = stored.get().status() == null && stored.get().requestHash().equals(requestHash);
                return new Outcome(null, stored.get(), inProgress);
            }
            // released meanwhile (its request failed with a server error): claim it again
        }
        return new Outcome(null, null, true);
    }

    /** Keeps the answer of a claimed request (when the key is still its claim). */
    public void finish(Claim claim, int status, String response) {
        write(claim, "UPDATE idempotency_key SET status = ?, response = ? WHERE actor = ? AND key = ?"
                + " AND claim_token = ? AND status IS NULL", status, response, claim.actor(), claim.key(), claim.token());
    }

    /** Gives the key up after a server error, so that a retry runs the request again. */
    public void release(Claim claim) {
        write(claim, "DELETE FROM idempotency_key WHERE actor = ? AND key = ? AND claim_token = ? AND status IS NULL",
                claim.actor(), claim.key(), claim.token());
    }

    /** The request of a claim ended (answered, or its connection closed). */
    public void ended(Claim claim) {
        running.remove(claim.token());
    }

    private void write(Claim claim, String sql, Object... params) {
        if (availability.isDown()) {
            return; // the key stays claimed; this instance registers under a new id after the outage, so a retry takes it over
        }
        try {
            jdbc.update(sql, params);
        } catch (RuntimeException e) {
            if (!(e instanceof ProblemException) && DatabaseAvailability.classify(e) == DatabaseAvailability.Failure.NONE) {
                LOG.warnf(e, "The answer to Idempotency-Key %s of %s could not be kept; a retry does the request again "
                        + "once the in-progress timeout has passed", claim.key(), claim.actor());
            }
        }
    }

    /** Renews the claims of requests running for a while, so that no retry takes them over from a live owner. */
    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        renew(Duration.ofSeconds(RENEW_AFTER_SECONDS));
    }

    /** Renews the claims of this instance's requests that have been running longer than {@code runningFor}. */
    public void renew(Duration runningFor) {
        if (running.isEmpty() || availability.isDown()) {
            return;
        }
        long before = System.nanoTime() - runningFor.toNanos();
        List<Claim> longRunning = running.values().stream().filter(c -> c.claimedNanos() - before < 0).toList();
        if (longRunning.isEmpty()) {
            return;
        }
        String[] actors = longRunning.stream().map(Claim::actor).toArray(String[]::new);
        String[] keys = longRunning.stream().map(Claim::key).toArray(String[]::new);
        long[] tokens = longRunning.stream().mapToLong(Claim::token).toArray();
        try {
            jdbc.update("UPDATE idempotency_key k SET claimed_at = now() FROM unnest(?::text[], ?::text[], ?::bigint[])"
                    + " AS r(actor, key, token) WHERE k.actor = r.actor AND k.key = r.key AND k.claim_token = r.token"
                    + " AND k.status IS NULL", actors, keys, tokens);
        } catch (RuntimeException e) {
            LOG.debugf("Renewing %d Idempotency-Key claims failed: %s", longRunning.size(), e.getMessage());
        }
    }

}
