package nl.schoollibrary.reservations.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationDtos.ClosedPeriod;
import nl.schoollibrary.reservations.location.LocationDtos.Location;
import nl.schoollibrary.reservations.location.LocationDtos.OpeningHours;

/**
 * Locations as the API shows them, read through SQL. Nothing here changes a location (the demo data and migrations
 * set them up), so there is no location aggregate yet.
 */
@ApplicationScoped
public class LocationQueries {

    @Inject Jdbc jdbc;
    @Inject Clock clock;

    /** Whether there is a location with this id (other features ask before showing something of a location). */
    public boolean exists(long id) {
        return jdbc.count("SELECT count(*) FROM location WHERE id = ?", id) > 0;
    }

    /** All locations with their opening hours and closed periods from today on: three queries in all. */
    public List<Location> all() {
        Map<Long, List<OpeningHours>> hours = new HashMap<>();
        jdbc.list("SELECT location_id, weekday, opens, closes FROM opening_hours ORDER BY location_id, weekday",
                rs -> hours.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OpeningHours(rs.getInt(2),
                        hhmm(rs.getObject(3, LocalTime.class)), hhmm(rs.getObject(4, LocalTime.class)))));
        Map<Long, List<ClosedPeriod>> closed = new HashMap<>();
        jdbc.list("SELECT location_id, from_date, to_date, reason FROM closed_period WHERE to_date >= ?"
                + " ORDER BY location_id, from_date", rs -> closed.computeIfAbsent(rs.getLong(1),
                k -> new ArrayList<>()).add(new ClosedPeriod(rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4))), LocalDate.now(clock));
        return jdbc.list("SELECT id, code, name, kind, school_id, organisation_id, city, pickup_days, loan_days"
                + " FROM location ORDER BY kind, name", rs -> {
                    long id = rs.getLong("id");
                    return new Location(id, rs.getString("code"), rs.getString("name"),
                            LocationKind.valueOf(rs.getString("kind")), rs.getObject("school_id", Long.class),
                            rs.getLong("organisation_id"), rs.getString("city"), rs.getInt("pickup_days"),
                            rs.getInt("loan_days"), hours.getOrDefault(id, List.of()), closed.getOrDefault(id, List.of()));
                });
    }

    private static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
