package nl.schoollibrary.reservations.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle;
import org.jboss.logging.Logger;

/**
 * AVG retention (docs/adr/0005): closed reservations (FULFILLED, CANCELLED, EXPIRED: the statuses the lifecycle lets
 * ANONYMISE start from) and returned loans of students lose the link to the student {@code retention-days} after they
 * closed. The rows stay — title, copy, locations, school, dates, status — so statistics per title, location and month
 * keep adding up; what identifies the student goes: the patron, the student's own username as placed-by / closed-by,
 * free-text reasons, personal keys in the rows' domain events, the copy-reservation record's patron id, the messages
 * about the reservation (deleted: the student was their only reader) and the mails to the parent about it (the EMAIL
 * deliveries with their attempts). An inactive student's parent address and its consent are removed (recorded in
 * {@code parent_email_consent}). Stored idempotent responses (they may name students) are deleted after
 * {@code idempotency-keys-kept}.
 *
 * <p>Set-based and in batches: each batch is one statement over at most {@code batch-size} rows in its own short
 * transaction, taking the rows with {@code FOR UPDATE SKIP LOCKED}, so it never waits for or blocks the desk for long
 * and several instances can run it at once. Idempotent: anonymised rows are never selected again. Special passes are
 * not people and keep their link.
 */
@ApplicationScoped
public class Anonymisation {

    private static final Logger LOG = Logger.getLogger(Anonymisation.class);

    /** What placed-by / closed-by become when they named the student themselves. */
    public static final String ANONYMOUS_STUDENT = "anonymised-student";

    /** Keys of event payloads that can identify a student (usernames, free text written about them). */
    static final String PERSONAL_KEYS = "ARRAY['placedBy', 'closedBy', 'by', 'reason', 'patronId', 'patronName',"
            + " 'studentNumber', 'firstName', 'lastName', 'name', 'groupName']";

    private static final String RESERVATIONS = """
            WITH batch AS (
                SELECT r.id, u.username
                  FROM reservation r
                  JOIN patron p ON p.id = r.patron_id
                  LEFT JOIN app_user u ON u.patron_id = p.id
                 WHERE r.anonymised_at IS NULL AND r.closed_at IS NOT NULL AND r.closed_at < ? AND p.kind = 'STUDENT'
                   AND r.status IN (%2$s)
                 ORDER BY r.closed_at
                 LIMIT ?
                   FOR UPDATE OF r SKIP LOCKED),
            done AS (
                UPDATE reservation r
                   SET patron_id = NULL, anonymised_at = ?,
                       placed_by = CASE WHEN r.placed_by = b.username THEN ? ELSE r.placed_by END,
                       closed_by = CASE WHEN r.closed_by = b.username THEN ? ELSE r.closed_by END,
                       close_reason = CASE WHEN r.closed_by = 'system' THEN r.close_reason END,
                       version = r.version + 1
                  FROM batch b
                 WHERE r.id = b.id
                RETURNING r.id),
            events AS (
                UPDATE domain_event e SET payload = e.payload - %1$s
                  FROM done d
                 WHERE e.aggregate_type = 'RESERVATION' AND e.aggregate_id = d.id AND e.payload - %1$s <> e.payload),
            messages AS (
                DELETE FROM message m USING done d WHERE m.reservation_id = d.id),
            copy_changes AS (
                UPDATE copy_change c SET new_value = c.new_value - 'patronId'
                  FROM done d
                 WHERE c.what = 'COPY_RESERVATION' AND (c.new_value ->> 'reservationId')::bigint = d.id),
            queue_moves AS (
                UPDATE reservation_queue_move q SET reason = 'geanonimiseerd' FROM done d WHERE q.reservation_id = d.id),
            mails AS (
                DELETE FROM delivery dl USING done d, domain_event e
                 WHERE dl.channel = 'EMAIL' AND dl.event_id = e.id AND e.aggregate_type = 'RESERVATION'
                   AND e.aggregate_id = d.id)
            SELECT count(*) FROM done""".formatted(PERSONAL_KEYS,
            ReservationLifecycle.STANDARD.fromSql(ReservationLifecycle.Transition.ANONYMISE));

    private static final String LOANS = """
            WITH batch AS (
                SELECT ln.id
                  FROM loan ln JOIN patron p ON p.id = ln.patron_id
                 WHERE ln.anonymised_at IS NULL AND ln.returned_at IS NOT NULL AND ln.returned_at < ?
                   AND p.kind = 'STUDENT'
                 ORDER BY ln.returned_at
                 LIMIT ?
                   FOR UPDATE OF ln SKIP LOCKED),
            done AS (
                UPDATE loan ln SET patron_id = NULL, anonymised_at = ? FROM batch b WHERE ln.id = b.id RETURNING ln.id),
            events AS (
                UPDATE domain_event e SET payload = e.payload - %1$s
                  FROM done d
                 WHERE e.aggregate_type = 'LOAN' AND e.aggregate_id = d.id AND e.payload - %1$s <> e.payload)
            SELECT count(*) FROM done""".formatted(PERSONAL_KEYS);

    /**
     * A student who is no longer active keeps no parent address: the import removes it when it deactivates; this
     * catches every other way (recorded in parent_email_consent, source ANONYMISATION). Parameters: when, batch size.
     */
    private static final String PARENT_EMAILS = """
            WITH batch AS (
                SELECT p.id, ?::timestamptz AS at
                  FROM patron p
                 WHERE NOT p.active AND p.parent_email IS NOT NULL
                 ORDER BY p.id
                 LIMIT ?
                   FOR UPDATE OF p SKIP LOCKED),
            audit AS (
                INSERT INTO parent_email_consent (patron_id, parent_email, consent_by, consent_at, recorded_at,
                                                  recorded_by, source)
                SELECT b.id, NULL, NULL, NULL, b.at, 'system', 'ANONYMISATION' FROM batch b ORDER BY b.id),
            done AS (
                UPDATE patron p SET parent_email = NULL, parent_email_consent_by = NULL, parent_email_consent_at = NULL
                  FROM batch b WHERE p.id = b.id RETURNING p.id)
            SELECT count(*) FROM done""";

    private static final String IDEMPOTENCY_KEYS = """
            WITH old AS (
                SELECT actor, key FROM idempotency_key WHERE created_at < ? LIMIT ? FOR UPDATE SKIP LOCKED),
            gone AS (
                DELETE FROM idempotency_key k USING old o WHERE k.actor = o.actor AND k.key = o.key RETURNING 1)
            SELECT count(*) FROM gone""";

    private final Jdbc jdbc;
    private final Clock clock;
    private final AppConfig.Privacy config;

    public Anonymisation(Jdbc jdbc, Clock clock, AppConfig config) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.config = config.privacy();
    }

    public record Result(long reservations, long loans, long idempotencyKeys, long parentEmails) {
    }

    @Scheduled(every = "${reservation.privacy.every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = run();
        if (result.reservations() + result.loans() + result.idempotencyKeys() + result.parentEmails() > 0) {
            LOG.infof("Anonymisation: %d reservations and %d loans anonymised, %d idempotency keys deleted, %d parent"
                    + " addresses of inactive students removed", result.reservations(), result.loans(),
                    result.idempotencyKeys(), result.parentEmails());
        }
    }

    /** Anonymises everything past the retention, batch by batch (each its own transaction); answers the counts. */
    public Result run() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(config.retentionDays()));
        long reservations = inBatches(RESERVATIONS, cutoff, now, ANONYMOUS_STUDENT, ANONYMOUS_STUDENT);
        long loans = inBatches(LOANS, cutoff, now);
        long keys = inBatches(IDEMPOTENCY_KEYS, now.minus(config.idempotencyKeysKept()));
        long parentEmails = inBatches(PARENT_EMAILS, now);
        return new Result(reservations, loans, keys, parentEmails);
    }

    /** Runs the statement (parameters: cutoff, batch size, then {@code rest}) until a batch comes back short. */
    private long inBatches(String sql, Instant cutoff, Object... rest) {
        int size = config.batchSize();
        Object[] params = new Object[2 + rest.length];
        params[0] = cutoff;
        params[1] = size;
        System.arraycopy(rest, 0, params, 2, rest.length);
        return jdbc.countInBatches(size, sql, params);
    }
}
