package nl.schoollibrary.reservations.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.schoollibrary.reservations.reservation.ReservationStatus;

/**
 * Reservations in every state for the demo, placed on the seeded copies so that every invariant holds:
 * <ul>
 *   <li>a waiting queue of three Regenboog students on a title whose school copies are all on loan;</li>
 *   <li>{@code daan}: one READY at branch Centrum (on the hold shelf, message), one IN_TRANSIT from Noord to Centrum,
 *       one WAITING for a title whose branch copies are all on loan;</li>
 *   <li>{@code emma}: one READY in the Wegwijzer school library (message) and one cancelled by staff (message);</li>
 *   <li>an EXPIRED reservation whose copy still lies on the Centrum hold shelf (clearance list), with its message.</li>
 * </ul>
 */
final class DemoReservations {

    private final Connection c;
    private final Instant now;
    private final LocalDate today;

    private DemoReservations(Connection c, Clock clock) {
        this.c = c;
        this.now = clock.instant();
        this.today = LocalDate.now(clock);
    }

    static void create(Connection c, Clock clock) throws SQLException {
        new DemoReservations(c, clock).create();
    }

    private void create() throws SQLException {
        long regenboog = id("SELECT id FROM location WHERE code = 'SB-REGENBOOG'");
        long wegwijzer = id("SELECT id FROM location WHERE code = 'SB-WEGWIJZER'");
        long centrum = id("SELECT id FROM location WHERE code = 'BRL-CENTRUM'");
        long noord = id("SELECT id FROM location WHERE code = 'BRL-NOORD'");
        long daan = patron("daan");
        long emma = patron("emma");

        // A waiting queue at De Regenboog on a title whose school copies are all on loan (not Dolfje: that one is
        // left for visitors to reserve themselves).
        long queued = id("""
                SELECT c.title_id FROM copy c JOIN title t ON t.id = c.title_id
                 WHERE c.owner_location_id = ? AND t.title <> 'Dolfje Weerwolfje'
                 GROUP BY c.title_id HAVING bool_and(c.status = 'ON_LOAN') ORDER BY count(*) DESC, c.title_id LIMIT 1""",
                regenboog);
        int days = 6;
        for (long student : ids("""
                SELECT p.id FROM patron p JOIN app_user u ON u.patron_id = p.id
                 WHERE p.school_id = (SELECT school_id FROM location WHERE id = ?) AND u.username <> 'sanne'
                 ORDER BY p.id LIMIT 3""", regenboog)) {
            reservation(student, queued, regenboog, "SCHOOL", ReservationStatus.WAITING, null, null, days -= 2);
        }

        // daan: ready at Centrum, in transit from Noord, waiting for a title whose branch copies are all on loan.
        long readyCopy = freeCopy(centrum, daan);
        long readyId = reservation(daan, titleOf(readyCopy), centrum, "LIBRARY", ReservationStatus.READY, readyCopy,
                today.plusDays(5), 4);
        hold(readyCopy, centrum);
        message(readyId, "RESERVATION_READY", null);

        long transitCopy = freeCopy(noord, daan);
        reservation(daan, titleOf(transitCopy), centrum, "LIBRARY", ReservationStatus.IN_TRANSIT, transitCopy, null, 3);
        exec("UPDATE copy SET status = 'IN_TRANSIT', transit_to_location_id = ? WHERE id = ?", centrum, transitCopy);

        long allLent = id("""
                SELECT c.title_id FROM copy c JOIN location l ON l.id = c.owner_location_id AND l.kind = 'BRANCH'
                 WHERE c.reservation_block = 'NONE' AND NOT EXISTS (SELECT 1 FROM reservation r
                       WHERE r.title_id = c.title_id AND r.patron_id = ?)
                 GROUP BY c.title_id HAVING bool_and(c.status = 'ON_LOAN') ORDER BY count(*) DESC, c.title_id LIMIT 1""",
                daan);
        reservation(daan, allLent, centrum, "LIBRARY", ReservationStatus.WAITING, null, null, 2);

        // emma: ready in her school library, and one cancelled by staff.
        long emmaCopy = freeCopy(wegwijzer, emma);
        long emmaReady = reservation(emma, titleOf(emmaCopy), wegwijzer, "SCHOOL", ReservationStatus.READY, emmaCopy,
                today.plusDays(3), 2);
        hold(emmaCopy, wegwijzer);
        message(emmaReady, "RESERVATION_READY", null);
        long cancelledTitle = id("SELECT title_id FROM copy WHERE owner_location_id = ? AND status = 'ON_LOAN'"
                + " ORDER BY id LIMIT 1", wegwijzer);
        long cancelled = reservation(emma, cancelledTitle, wegwijzer, "SCHOOL", ReservationStatus.CANCELLED, null, null, 9);
        exec("UPDATE reservation SET close_reason = 'Boek is beschadigd', closed_by = 'school.wegwijzer' WHERE id = ?",
                cancelled);
        message(cancelled, "RESERVATION_CANCELLED", "Boek is beschadigd");

        // An expired reservation whose copy still lies on the Centrum hold shelf: the clearance list.
        long other = id("""
                SELECT p.id FROM patron p JOIN app_user u ON u.patron_id = p.id
                 WHERE p.library_link AND p.membership_valid_until >= ? AND u.username NOT IN ('daan', 'lotte')
                 ORDER BY p.id LIMIT 1""", today);
        long expiredCopy = freeCopy(centrum, other);
        long expired = reservation(other, titleOf(expiredCopy), centrum, "LIBRARY", ReservationStatus.EXPIRED, expiredCopy,
                today.minusDays(1), 12);
        exec("UPDATE reservation SET close_reason = 'Niet op tijd opgehaald', closed_by = 'system' WHERE id = ?", expired);
        hold(expiredCopy, centrum);
        message(expired, "RESERVATION_EXPIRED", null);
    }

    private long reservation(long patron, long title, long pickup, String scope, ReservationStatus status, Long copy,
            LocalDate pickupBy, int daysAgo) throws SQLException {
        Timestamp placed = Timestamp.from(now.minus(daysAgo, ChronoUnit.DAYS));
        boolean closed = status.isClosed();
        boolean captured = copy != null;
        return id("""
                INSERT INTO reservation (kind, patron_id, title_id, pickup_location_id, scope, status, placed_at,
                                         placed_by, assigned_copy_id, captured_at, ready_at, pickup_by, closed_at)
                VALUES ('TITLE', ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?, ?) RETURNING id""",
                patron, title, pickup, scope, status.name(), placed, copy, captured ? Timestamp.from(now.minus(1,
                        ChronoUnit.DAYS)) : null, pickupBy != null ? Timestamp.from(now.minus(1, ChronoUnit.DAYS)) : null,
                pickupBy, closed ? Timestamp.from(now.minus(1, ChronoUnit.HOURS)) : null);
    }

    /** A copy on the shelf at a location, without blocks, of a title the patron has no reservation of yet. */
    private long freeCopy(long location, long patron) throws SQLException {
        return id("""
                SELECT c.id FROM copy c
                 WHERE c.owner_location_id = ? AND c.current_location_id = ? AND c.status = 'ON_SHELF'
                   AND c.reservation_block = 'NONE' AND NOT c.loan_blocked
                   AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.title_id = c.title_id AND r.patron_id = ?)
                   AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.assigned_copy_id = c.id)
                 ORDER BY c.id LIMIT 1""", location, location, patron);
    }

    private void hold(long copy, long location) throws SQLException {
        exec("UPDATE copy SET status = 'ON_HOLD_SHELF', current_location_id = ? WHERE id = ?", location, copy);
    }

    private void message(long reservation, String kind, String reason) throws SQLException {
        exec("""
                INSERT INTO message (patron_id, kind, reservation_id, title_id, location_id, pickup_by, reason, created_at)
                SELECT patron_id, ?, id, title_id, pickup_location_id, pickup_by, ?, ? FROM reservation WHERE id = ?""",
                kind, reason, Timestamp.from(now.minus(1, ChronoUnit.DAYS)), reservation);
    }

    private long titleOf(long copy) throws SQLException {
        return id("SELECT title_id FROM copy WHERE id = ?", copy);
    }

    private long patron(String username) throws SQLException {
        return id("SELECT patron_id FROM app_user WHERE username = ?", username);
    }

    private long id(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("Demo reservations: no row for " + sql);
            }
            return rs.getLong(1);
        }
    }

    private java.util.List<Long> ids(String sql, Object... params) throws SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private void exec(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params)) {
            ps.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
