package nl.schoollibrary.reservations.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.AppClock;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.statistics.StatisticsDtos.LoanRow;
import nl.schoollibrary.reservations.statistics.StatisticsDtos.LoanStatistics;
import nl.schoollibrary.reservations.statistics.StatisticsDtos.ReservationRow;
import nl.schoollibrary.reservations.statistics.StatisticsDtos.ReservationStatistics;

/**
 * Counts per month (Europe/Amsterdam), title and location, one grouped statement each. The school is the row's own
 * ({@code school_id}), so rows anonymised after the retention period still count for their school.
 */
@ApplicationScoped
public class StatisticsQueries {

    static final int MAX_ROWS = 5_000;

    @Inject Jdbc jdbc;

    public ReservationStatistics reservations(Actor actor, LocalDate from, LocalDate to) {
        String scope = actor.role() == Role.SCHOOL_STAFF ? "r.school_id = ?" : "l.organisation_id = ?";
        List<ReservationRow> rows = jdbc.list("""
                SELECT to_char(r.placed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
                       t.id AS title_id, t.title, t.authors, t.cover_url, l.id AS location_id, l.name, l.kind,
                       count(*) AS total,
                       count(*) FILTER (WHERE r.status IN ('WAITING', 'IN_TRANSIT', 'READY')) AS open,
                       count(*) FILTER (WHERE r.status = 'FULFILLED') AS fulfilled,
                       count(*) FILTER (WHERE r.status = 'CANCELLED') AS cancelled,
                       count(*) FILTER (WHERE r.status = 'EXPIRED') AS expired
                  FROM reservation r JOIN title t ON t.id = r.title_id JOIN location l ON l.id = r.pickup_location_id
                 WHERE\s""" + scope + """
                    AND r.placed_at >= ? AND r.placed_at < ?
                 GROUP BY 1, t.id, l.id
                 ORDER BY 1, t.title, t.id, l.name, l.id
                 LIMIT ?""", rs -> new ReservationRow(rs.getString("month"), title(rs), location(rs),
                rs.getLong("total"), rs.getLong("open"), rs.getLong("fulfilled"), rs.getLong("cancelled"),
                rs.getLong("expired")), param(actor), start(from), start(to.plusDays(1)), MAX_ROWS + 1);
        boolean truncated = rows.size() > MAX_ROWS;
        return new ReservationStatistics(from, to, truncated ? rows.subList(0, MAX_ROWS) : rows, truncated);
    }

    public LoanStatistics loans(Actor actor, LocalDate from, LocalDate to) {
        String scope = actor.role() == Role.SCHOOL_STAFF ? "ln.school_id = ?" : "l.organisation_id = ?";
        List<LoanRow> rows = jdbc.list("""
                SELECT to_char(ln.checked_out_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
                       t.id AS title_id, t.title, t.authors, t.cover_url, l.id AS location_id, l.name, l.kind,
                       count(*) AS total, count(*) FILTER (WHERE ln.returned_at IS NULL) AS open,
                       count(*) FILTER (WHERE ln.returned_at IS NOT NULL) AS returned
                  FROM loan ln JOIN copy c ON c.id = ln.copy_id JOIN title t ON t.id = c.title_id
                  JOIN location l ON l.id = ln.location_id
                 WHERE\s""" + scope + """
                    AND ln.checked_out_at >= ? AND ln.checked_out_at < ?
                 GROUP BY 1, t.id, l.id
                 ORDER BY 1, t.title, t.id, l.name, l.id
                 LIMIT ?""", rs -> new LoanRow(rs.getString("month"), title(rs), location(rs), rs.getLong("total"),
                rs.getLong("open"), rs.getLong("returned")), param(actor), start(from), start(to.plusDays(1)),
                MAX_ROWS + 1);
        boolean truncated = rows.size() > MAX_ROWS;
        return new LoanStatistics(from, to, truncated ? rows.subList(0, MAX_ROWS) : rows, truncated);
    }

    private static Object param(Actor actor) {
        return actor.role() == Role.SCHOOL_STAFF ? actor.schoolId() : actor.organisationId();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(AppClock.ZONE).toInstant();
    }

    private static TitleRef title(ResultSet rs) throws SQLException {
        return new TitleRef(rs.getLong("title_id"), rs.getString("title"), rs.getString("authors"),
                rs.getString("cover_url"));
    }

    private static LocationRef location(ResultSet rs) throws SQLException {
        return new LocationRef(rs.getLong("location_id"), rs.getString("name"),
                LocationKind.valueOf(rs.getString("kind")));
    }
}
