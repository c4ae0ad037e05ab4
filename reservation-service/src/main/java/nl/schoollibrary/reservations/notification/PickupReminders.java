package nl.schoollibrary.reservations.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.common.database.Jdbc;
import org.jboss.logging.Logger;

/**
 * Reminders before the pickup-by date: for every READY reservation whose rule PICKUP_REMINDER is in force for the
 * student's school and whose pickup-by date is at most N open days away (N: the rule's {@code reminderOpenDays}), a
 * {@code pickup_reminder} row and a {@code ReservationPickupReminder} event (payload {@code pickupBy},
 * {@code openDaysLeft}); the event's delivery trigger makes the parent's mail and the webhooks. Once per reservation
 * and pickup-by date (a moved date may be reminded again). Not on the day it became ready: the parent got the ready
 * mail that day (a short pickup period is reminded on a later day, at the latest on the pickup-by date itself).
 *
 * <p>"N open days before": the open days of the pickup location from today up to (not including) the pickup-by date
 * number at most N; an open day as for the pickup-by date itself ({@code ReservationFacts#calendar}): a weekday of
 * the location's opening hours (every weekday when it has none registered) outside its closed periods. The database
 * function {@code open_days} counts them (migration V22; a test holds it to the Java calendar's answers). So with
 * N = 1 a Friday date is reminded on Thursday, or on Wednesday when Thursday is closed.
 *
 * <p>Set-based: one statement finds the reservations, writes the events and the reminder rows, in one transaction.
 * Instances run it one at a time (a transaction-level advisory lock, taken before the statement's snapshot, so a
 * second run sees the first one's reminders).
 */
@ApplicationScoped
public class PickupReminders {

    private static final Logger LOG = Logger.getLogger(PickupReminders.class);

    /** The advisory lock of the job (two-int form, like ServiceInstance's (467, id)). */
    static final int LOCK_CLASS = 470;

    private static final String REMIND = """
            WITH due AS (
                SELECT r.id, r.pickup_by, s.organisation_id, r.school_id,
                       open_days(r.pickup_location_id, ?::date, r.pickup_by) AS open_days_left,
                       notification_reminder_days(s.organisation_id, r.school_id) AS reminder_days
                  FROM reservation r
                  JOIN school s ON s.id = r.school_id
                 WHERE r.status = 'READY' AND r.pickup_by >= ?::date AND r.ready_at < ?
                   AND r.pickup_location_id IS NOT NULL
                   AND notification_enabled(s.organisation_id, r.school_id, 'PICKUP_REMINDER')
                   AND NOT EXISTS (SELECT 1 FROM pickup_reminder x WHERE x.reservation_id = r.id
                                      AND x.pickup_by = r.pickup_by)),
            events AS (
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id,
                                          payload)
                SELECT ?, 'ReservationPickupReminder', 'RESERVATION', d.id, d.organisation_id, d.school_id,
                       jsonb_build_object('pickupBy', d.pickup_by, 'openDaysLeft', d.open_days_left)
                  FROM due d
                 WHERE d.open_days_left <= d.reminder_days
                 ORDER BY d.id
                RETURNING id, aggregate_id, (payload ->> 'pickupBy')::date AS pickup_by),
            reminded AS (
                INSERT INTO pickup_reminder (reservation_id, pickup_by, event_id, created_at)
                SELECT e.aggregate_id, e.pickup_by, e.id, ? FROM events e
                ON CONFLICT DO NOTHING
                RETURNING 1)
            SELECT count(*) FROM reminded""";

    @Inject Jdbc jdbc;
    @Inject Clock clock;

    @Scheduled(every = "${reservation.notifications.reminder-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int reminded = run();
        if (reminded > 0) {
            LOG.infof("Pickup reminders: %d written", reminded);
        }
    }

    /** Writes the reminders due today; answers how many. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        var now = clock.instant();
        List<Long> count = jdbc.listAfter(List.of("SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", 1)"), REMIND,
                rs -> rs.getLong(1), today, today, today.atStartOfDay(clock.getZone()).toInstant(), now, now);
        return count.get(0).intValue();
    }
}
