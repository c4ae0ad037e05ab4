package nl.schoollibrary.reservations.location;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.LocationKind;
import nl.schoollibrary.reservations.location.LocationDtos.ClosedPeriod;
import nl.schoollibrary.reservations.location.LocationDtos.Location;
import nl.schoollibrary.reservations.location.LocationDtos.OpeningHours;

@ApplicationScoped
public class LocationQueries {

    private final DataSource dataSource;
    private final Clock clock;

    public LocationQueries(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public boolean exists(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM location WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Location> all() {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, List<OpeningHours>> hours = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT location_id, weekday, opens, closes FROM opening_hours ORDER BY location_id, weekday");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hours.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OpeningHours(rs.getInt(2),
                            hhmm(rs.getObject(3, LocalTime.class)), hhmm(rs.getObject(4, LocalTime.class))));
                }
            }
            Map<Long, List<ClosedPeriod>> closed = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT location_id, from_date, to_date, reason"
                    + " FROM closed_period WHERE to_date >= ? ORDER BY location_id, from_date")) {
                ps.setObject(1, LocalDate.now(clock));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        closed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ClosedPeriod(
                                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4)));
                    }
                }
            }
            Map<Long, Location> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, kind, school_id, organisation_id,"
                    + " city, pickup_days, loan_days FROM location ORDER BY kind, name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    result.put(id, new Location(id, rs.getString("code"), rs.getString("name"),
                            LocationKind.valueOf(rs.getString("kind")), rs.getObject("school_id", Long.class),
                            rs.getLong("organisation_id"), rs.getString("city"), rs.getInt("pickup_days"),
                            rs.getInt("loan_days"), hours.getOrDefault(id, List.of()), closed.getOrDefault(id, List.of())));
                }
            }
            return List.copyOf(result.values());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
