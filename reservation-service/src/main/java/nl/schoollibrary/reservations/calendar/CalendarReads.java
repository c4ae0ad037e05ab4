package nl.schoollibrary.reservations.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.calendar.ClosureDtos.Closure;
import nl.schoollibrary.reservations.calendar.ClosureDtos.ClosureLocation;
import nl.schoollibrary.reservations.common.database.Jdbc;

/** Read model of closures and of the locations they close (SQL), within a {@link LocationScope}. */
@ApplicationScoped
public class CalendarReads {

    /** Closures with their locations in scope; the scope's three parameters first, then the conditions'. */
    private static final String CLOSURES = """
            SELECT c.id, c.from_date, c.to_date, c.reason, c.created_at, c.created_by,
                   array_agg(l.id ORDER BY l.name, l.id) AS location_ids,
                   array_agg(l.code ORDER BY l.name, l.id) AS location_codes,
                   array_agg(l.name ORDER BY l.name, l.id) AS location_names
              FROM closure c JOIN closed_period cp ON cp.closure_id = c.id JOIN location l ON l.id = cp.location_id
             WHERE (? OR l.organisation_id = ? OR l.school_id = ?)""";

    /** At most this many closures in one answer (a year of holidays for many libraries fits many times). */
    static final int LIST_MAX = 1000;

    @Inject Jdbc jdbc;

    /** A location as far as scope goes: its organisation and school. */
    record LocationKey(long id, long organisationId, Long schoolId) {
    }

    List<LocationKey> locations(Collection<Long> ids) {
        return jdbc.list("SELECT id, organisation_id, school_id FROM location WHERE id = ANY (?) ORDER BY id",
                rs -> new LocationKey(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class)),
                (Object) ids.toArray(new Long[0]));
    }

    Optional<LocationKey> location(long id) {
        return locations(List.of(id)).stream().findFirst();
    }

    /** The locations a closure closes (all of them, whatever the scope). */
    List<LocationKey> locationsOf(long closureId) {
        return jdbc.list("""
                SELECT l.id, l.organisation_id, l.school_id FROM closed_period cp JOIN location l ON l.id = cp.location_id
                 WHERE cp.closure_id = ? ORDER BY l.id""",
                rs -> new LocationKey(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class)), closureId);
    }

    /** The closures ending on {@code from} or later that close a location in scope (that one location, if given). */
    List<Closure> closures(LocationScope scope, Long locationId, LocalDate from) {
        return jdbc.list(CLOSURES + """
                   AND c.to_date >= ?
                   AND (?::bigint IS NULL OR EXISTS (SELECT 1 FROM closed_period x
                                                      WHERE x.closure_id = c.id AND x.location_id = ?))
                 GROUP BY c.id ORDER BY c.from_date, c.id LIMIT ?""", CalendarReads::closure, scope.all(),
                scope.organisationId(), scope.schoolId(), from, locationId, locationId, LIST_MAX);
    }

    Optional<Closure> closure(LocationScope scope, long id) {
        return jdbc.one(CLOSURES + " AND c.id = ? GROUP BY c.id", CalendarReads::closure, scope.all(),
                scope.organisationId(), scope.schoolId(), id);
    }

    private static Closure closure(ResultSet rs) throws SQLException {
        Object[] ids = (Object[]) rs.getArray("location_ids").getArray();
        Object[] codes = (Object[]) rs.getArray("location_codes").getArray();
        Object[] names = (Object[]) rs.getArray("location_names").getArray();
        List<ClosureLocation> locations = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            locations.add(new ClosureLocation(((Number) ids[i]).longValue(), (String) codes[i], (String) names[i]));
        }
        return new Closure(rs.getLong("id"), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class), rs.getString("reason"), locations,
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
