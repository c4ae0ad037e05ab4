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

    /** The statuses and targets of both statements come from the lifecycle's table (EXPIRE, CLOSE_NOT_NEEDED). */
    private static final String EXPIRE_READY = """
            WITH expired AS (
                UPDATE reservation SET status = '%s', closed_at = ?, close_reason = 'Niet op tijd opgehaald',
                       closed_by = 'system', version = version + 1
                 WHERE status IN (%s) AND pickup_by < ?
                RETURNING id, patron_id, title_id, pickup_location_id, pickup_by),
            messages AS (
                INSERT INTO message (patron_id, kind, reservation_id, title_id, location_id, pickup_by, created_at)
                SELECT e.patron_id, 'RESERVATION_EXPIRED', e.id, e.title_id, e.pickup_location_id, e.pickup_by, ?
                  FROM expired e JOIN patron p ON p.id = e.patron_id WHERE p.kind = 'STUDENT')
            INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id, payload)
            SELECT ?, 'ReservationExpired', 'RESERVATION', e.id, l.organisation_id, p.school_id,
                   jsonb_build_object('pickupBy', e.pickup_by)
              FROM expired e JOIN patron p ON p.id = e.patron_id JOIN location l ON l.id = e.pickup_location_id"""
            .formatted(LIFECYCLE.target(Transition.EXPIRE), LIFECYCLE.fromSql(Transition.EXPIRE));

    private static final String CLOSE_NOT_NEEDED = """
            WITH closed AS (
                UPDATE reservation SET status = '%s', closed_at = ?, close_reason = 'Niet meer nodig',
                       closed_by = 'system', version = version + 1
                 WHERE status IN (%s) AND not_needed_after < ?
                RETURNING id, patron_id, title_id, pickup_location_id, not_needed_after),
            messages AS (
                INSERT INTO message (patron_id, kind, reservation_id, title_id, location_id, reason, created_at)
                SELECT c.patron_id, 'RESERVATION_CLOSED', c.id, c.title_id, c.pickup_location_id, 'NOT_NEEDED_AFTER', ?
                  FROM closed c JOIN patron p ON p.id = c.patron_id WHERE p.kind = 'STUDENT')
            INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id, payload)
            SELECT ?, 'ReservationClosedNotNeeded', 'RESERVATION', c.id, l.organisation_id, p.school_id,
                   jsonb_build_object('notNeededAfter', c.not_needed_after)
              FROM closed c JOIN patron p ON p.id = c.patron_id JOIN location l ON l.id = c.pickup_location_id"""
            .formatted(LIFECYCLE.target(Transition.CLOSE_NOT_NEEDED), LIFECYCLE.fromSql(Transition.CLOSE_NOT_NEEDED));

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
