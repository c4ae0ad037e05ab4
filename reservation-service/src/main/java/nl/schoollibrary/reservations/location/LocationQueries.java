package nl.schoollibrary.reservations.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationDtos.ClosedPeriod;
import nl.schoollibrary.reservations.location.LocationDtos.Location;
import nl.schoollibrary.reservations.location.LocationDtos.OpeningHours;

/**
 * Locations as the API shows them, read through SQL: one statement for the whole list, the opening hours and closed
 * periods of each location as arrays beside it. Changes go through the {@link nl.schoollibrary.reservations.location
 * .Location} entity.
 */
@ApplicationScoped
public class LocationQueries {

    /** Every column the answer needs; the hours and the closed periods from today on as parallel arrays. */
    private static final String SELECT = """
            SELECT l.id, l.code, l.name, l.kind, l.school_id, l.organisation_id, l.active, l.address, l.postal_code,
                   l.city, l.pickup_days, l.loan_days,
                   ARRAY(SELECT h.weekday FROM opening_hours h WHERE h.location_id = l.id ORDER BY h.weekday) AS weekdays,
                   ARRAY(SELECT to_char(h.opens, 'HH24:MI') FROM opening_hours h WHERE h.location_id = l.id
                          ORDER BY h.weekday) AS opens,
                   ARRAY(SELECT to_char(h.closes, 'HH24:MI') FROM opening_hours h WHERE h.location_id = l.id
                          ORDER BY h.weekday) AS closes,
                   ARRAY(SELECT c.from_date::text FROM closed_period c WHERE c.location_id = l.id AND c.to_date >= ?
                          ORDER BY c.from_date, c.id) AS closed_from,
                   ARRAY(SELECT c.to_date::text FROM closed_period c WHERE c.location_id = l.id AND c.to_date >= ?
                          ORDER BY c.from_date, c.id) AS closed_to,
                   ARRAY(SELECT c.reason FROM closed_period c WHERE c.location_id = l.id AND c.to_date >= ?
                          ORDER BY c.from_date, c.id) AS closed_reason
              FROM location l""";

    @Inject Jdbc jdbc;
    @Inject Clock clock;

    /** Whether there is a location with this id (other features ask before showing something of a location). */
    public boolean exists(long id) {
        return jdbc.count("SELECT count(*) FROM location WHERE id = ?", id) > 0;
    }

    /** The active locations (and the inactive ones too when asked) with their opening hours and closed periods. */
    public List<Location> all(boolean includeInactive) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.list(SELECT + " WHERE l.active OR ? ORDER BY l.kind, l.name", LocationQueries::location, today,
                today, today, includeInactive);
    }

    public Optional<Location> one(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.one(SELECT + " WHERE l.id = ?", LocationQueries::location, today, today, today, id);
    }

    /** The reservations ready or on their way for pickup at the location: while there are, it stays active. */
    public long readyOrInTransit(long id) {
        return jdbc.count("SELECT count(*) FROM reservation WHERE pickup_location_id = ?"
                + " AND status IN ('READY', 'IN_TRANSIT')", id);
    }

    private static Location location(ResultSet rs) throws SQLException {
        Object[] weekdays = array(rs.getArray("weekdays"));
        Object[] opens = array(rs.getArray("opens"));
        Object[] closes = array(rs.getArray("closes"));
        List<OpeningHours> hours = new ArrayList<>(weekdays.length);
        for (int i = 0; i < weekdays.length; i++) {
            hours.add(new OpeningHours(((Number) weekdays[i]).intValue(), (String) opens[i], (String) closes[i]));
        }
        Object[] from = array(rs.getArray("closed_from"));
        Object[] to = array(rs.getArray("closed_to"));
        Object[] reason = array(rs.getArray("closed_reason"));
        List<ClosedPeriod> closed = new ArrayList<>(from.length);
        for (int i = 0; i < from.length; i++) {
            closed.add(new ClosedPeriod(LocalDate.parse((String) from[i]), LocalDate.parse((String) to[i]),
                    (String) reason[i]));
        }
        return new Location(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                LocationKind.valueOf(rs.getString("kind")), rs.getObject("school_id", Long.class),
                rs.getLong("organisation_id"), rs.getBoolean("active"), rs.getString("address"),
                rs.getString("postal_code"), rs.getString("city"), rs.getInt("pickup_days"), rs.getInt("loan_days"),
                hours, closed);
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
