package nl.schoollibrary.reservations.circulation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle.Transition;
import org.jboss.logging.Logger;

/**
 * Closes what time has passed by, in set-based statements: READY reservations past their pickup-by date become
 * EXPIRED (their copies land on the clearance list), waiting reservations past their not-needed-after date close.
 * Each statement writes the messages and events in the same statement. Idempotent: running it twice changes nothing
 * more, and concurrent runs on several instances each only update rows still in the old state.
 */
@ApplicationScoped
public class ExpiryService {

    private static final Logger LOG = Logger.getLogger(ExpiryService.class);

    private static final ReservationLifecycle LIFECYCLE = ReservationLifecycle.STANDARD;

    /**
     * One deadline: the reservations that {@code transition} may close whose {@code dateColumn} is before today close
     * with {@code reason}; each student gets a message of {@code messageKind} (with {@code messageColumn} set to
     * {@code messageValue}, an expression over the closed row {@code r}), and each one an event {@code eventType} whose
     * payload names the date as {@code payloadKey}. The statuses and the target come from the lifecycle's table.
     */
    private record Deadline(Transition transition, String reason, String dateColumn, String messageKind,
            String messageColumn, String messageValue, String eventType, String payloadKey) {

        String sql() {
            return """
                    WITH closed AS (
                        UPDATE reservation SET status = '%1$s', closed_at = ?, close_reason = '%2$s',
                               closed_by = 'system', version = version + 1
                         WHERE status IN (%3$s) AND %4$s < ?
                        RETURNING id, patron_id, title_id, pickup_location_id, %4$s),
                    messages AS (
                        INSERT INTO message (patron_id, kind, reservation_id, title_id, location_id, %6$s, created_at)
                        SELECT r.patron_id, '%5$s', r.id, r.title_id, r.pickup_location_id, %7$s, ?
                          FROM closed r JOIN patron p ON p.id = r.patron_id WHERE p.kind = 'STUDENT')
                    INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id,
                                              payload)
                    SELECT ?, '%8$s', 'RESERVATION', r.id, l.organisation_id, p.school_id,
                           jsonb_build_object('%9$s', r.%4$s)
                      FROM closed r JOIN patron p ON p.id = r.patron_id JOIN location l ON l.id = r.pickup_location_id"""
                    .formatted(LIFECYCLE.target(transition), reason, LIFECYCLE.fromSql(transition), dateColumn,
                            messageKind, messageColumn, messageValue, eventType, payloadKey);
        }
    }

    /** READY reservations past their pickup-by date expire; their copies land on the clearance list. */
    private static final String EXPIRE_READY = new Deadline(Transition.EXPIRE, "Niet op tijd opgehaald", "pickup_by",
            "RESERVATION_EXPIRED", "pickup_by", "r.pickup_by", "ReservationExpired", "pickupBy").sql();

    /** Waiting reservations past the date after which the student no longer needs the title close. */
    private static final String CLOSE_NOT_NEEDED = new Deadline(Transition.CLOSE_NOT_NEEDED, "Niet meer nodig",
            "not_needed_after", "RESERVATION_CLOSED", "reason", "'NOT_NEEDED_AFTER'", "ReservationClosedNotNeeded",
            "notNeededAfter").sql();

    @Inject Jdbc jdbc;
    @Inject Clock clock;

    @Scheduled(every = "${reservation.expiry.every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = run();
        if (result.expired() + result.closed() > 0) {
            LOG.infof("Expiry: %d ready reservations expired, %d waiting reservations closed", result.expired(),
                    result.closed());
        }
    }

    public record Result(int expired, int closed) {
    }

    @Transactional
    public Result run() {
        LocalDate today = LocalDate.now(clock);
        var now = clock.instant();
        int expired = jdbc.update(EXPIRE_READY, now, today, now, now);
        int closed = jdbc.update(CLOSE_NOT_NEEDED, now, today, now, now);
        return new Result(expired, closed);
    }
}
