package nl.schoollibrary.reservations.notification;

import static nl.schoollibrary.reservations.support.TestDatabase.count;
import static nl.schoollibrary.reservations.support.TestDatabase.execute;
import static nl.schoollibrary.reservations.support.TestDatabase.insertId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.policy.PickupCalendar;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import org.junit.jupiter.api.Test;

/**
 * The open-day rule exists twice: in Java for the pickup-by date ({@link PickupCalendar}, read by
 * {@link ReservationFacts#calendar}) and in SQL for the pickup reminders (the function {@code open_days}). On 300
 * random calendars of one location (opening weekdays, none registered, closed periods) both count the same open days
 * for random ranges.
 */
@QuarkusTest
class OpenDaysAgreementTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Inject ReservationFacts facts;

    @Test
    void sql_and_java_count_the_same_open_days() {
        Organisation org = Organisations.fresh();
        long location = org.branchId();
        Random random = new Random(20261206);
        List<String> disagreements = new ArrayList<>();
        for (int calendar = 0; calendar < 300; calendar++) {
            execute("DELETE FROM opening_hours WHERE location_id = ?", location);
            execute("DELETE FROM closure WHERE id IN (SELECT closure_id FROM closed_period WHERE location_id = ?)",
                    location);
            List<Integer> weekdays = new ArrayList<>();
            if (random.nextInt(5) > 0) { // one calendar in five registers no opening hours: open every day
                for (int weekday = 1; weekday <= 7; weekday++) {
                    if (random.nextInt(3) > 0) {
                        weekdays.add(weekday);
                        execute("INSERT INTO opening_hours (location_id, weekday, opens, closes)"
                                + " VALUES (?, ?, '09:00', '17:00')", location, weekday);
                    }
                }
            }
            List<String> closed = new ArrayList<>();
            for (int period = random.nextInt(4); period > 0; period--) {
                LocalDate from = START.plusDays(random.nextInt(50) - 10);
                LocalDate to = from.plusDays(random.nextInt(8));
                long closure = insertId("INSERT INTO closure (from_date, to_date, reason) VALUES (?, ?, 'Test')"
                        + " RETURNING id", from, to);
                execute("INSERT INTO closed_period (closure_id, location_id, from_date, to_date, reason)"
                        + " VALUES (?, ?, ?, ?, 'Test')", closure, location, from, to);
                closed.add(from + ".." + to);
            }
            for (int range = 0; range < 3; range++) {
                LocalDate from = START.plusDays(random.nextInt(30));
                LocalDate before = from.plusDays(random.nextInt(25));
                long sql = count("SELECT open_days(?, ?, ?)", location, from, before);
                PickupCalendar java = facts.calendar(location, from);
                long expected = from.datesUntil(before).filter(java::isOpen).count();
                if (sql != expected) {
                    disagreements.add("weekdays " + weekdays + ", closed " + closed + ", [" + from + ", " + before
                            + "): SQL " + sql + ", Java " + expected);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
