package nl.schoollibrary.reservations.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Organisation "Bibliotheek Rivierenland" (BRL) with three branches, three schools with their school libraries and
 * policies, opening hours and closed periods of the current school year.
 */
final class DemoOrganisation {

    private DemoOrganisation() {
    }

    static DemoWorld create(Connection c, LocalDate today) throws SQLException {
        long organisationId;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("INSERT INTO organisation (code, name) VALUES ('"
                        + DemoWorld.ORGANISATION_CODE + "', 'Bibliotheek Rivierenland') RETURNING id")) {
            rs.next();
            organisationId = rs.getLong(1);
        }
        DemoWorld world = new DemoWorld(organisationId);
        insertSchools(c, world);
        insertPolicies(c, world);
        insertLocations(c, world);
        insertOpeningHours(c, world);
        insertClosedPeriods(c, world, today);
        return world;
    }

    private static void insertSchools(Connection c, DemoWorld world) throws SQLException {
        String[][] schools = {
            { "17RB", "OBS De Regenboog" },
            { "08WW", "CBS De Wegwijzer" },
            { "21PL", "Montessorischool Het Palet" } };
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO school (organisation_id, brin, name) VALUES"
                + " (?, ?, ?), (?, ?, ?), (?, ?, ?) RETURNING id, brin")) {
            int p = 1;
            for (String[] school : schools) {
                ps.setLong(p++, world.organisationId);
                ps.setString(p++, school[0]);
                ps.setString(p++, school[1]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        for (int i = 0; i < schools.length; i++) {
            world.schoolIds[i] = ids.get(schools[i][0]);
        }
    }

    private static void insertPolicies(Connection c, DemoWorld world) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO school_policy (school_id, reserve_at_school,"
                + " reserve_at_branches, school_only_checked_out, max_active_reservations, updated_by)"
                + " VALUES (?, true, false, true, 3, 'admin'), (?, true, true, true, 5, 'admin'),"
                + " (?, false, false, true, 3, 'admin')")) {
            ps.setLong(1, world.school(DemoWorld.SCHOOL_A));
            ps.setLong(2, world.school(DemoWorld.SCHOOL_B));
            ps.setLong(3, world.school(DemoWorld.SCHOOL_C));
            ps.executeUpdate();
        }
    }

    private static void insertLocations(Connection c, DemoWorld world) throws SQLException {
        String[][] locations = {
            { "Bibliotheek Rivierenland Centrum", "Kerkplein 5", "Tiel" },
            { "Bibliotheek Rivierenland Noord", "Dr. Schaepmanstraat 14", "Tiel" },
            { "Bibliotheek Rivierenland Oost", "Oranjelaan 31", "Tiel" },
            { "Schoolbibliotheek OBS De Regenboog", "Regenbooglaan 2", "Tiel" },
            { "Schoolbibliotheek CBS De Wegwijzer", "Kastanjelaan 40", "Tiel" },
            { "Schoolbibliotheek Montessorischool Het Palet", "Paletstraat 9", "Tiel" } };
        StringBuilder sql = new StringBuilder("INSERT INTO location (organisation_id, code, name, kind, school_id,"
                + " address, city, pickup_days, loan_days) VALUES ");
        for (int i = 0; i < DemoWorld.LOCATIONS; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" RETURNING id, code");
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < DemoWorld.LOCATIONS; i++) {
                boolean branch = DemoWorld.isBranch(i);
                ps.setLong(p++, world.organisationId);
                ps.setString(p++, DemoWorld.LOCATION_CODES[i]);
                ps.setString(p++, locations[i][0]);
                ps.setString(p++, branch ? "BRANCH" : "SCHOOL_LIBRARY");
                if (branch) {
                    ps.setNull(p++, Types.BIGINT);
                } else {
                    ps.setLong(p++, world.school(DemoWorld.schoolOf(i)));
                }
                ps.setString(p++, locations[i][1]);
                ps.setString(p++, locations[i][2]);
                ps.setInt(p++, branch ? 7 : 5);
                ps.setInt(p++, DemoWorld.loanDays(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        for (int i = 0; i < DemoWorld.LOCATIONS; i++) {
            world.locationIds[i] = ids.get(DemoWorld.LOCATION_CODES[i]);
        }
    }

    private static void insertOpeningHours(Connection c, DemoWorld world) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO opening_hours (location_id, weekday, opens, closes) VALUES (?, ?, ?, ?)")) {
            // Centrum: Tuesday to Saturday, late opening on Thursday.
            hours(ps, world.location(DemoWorld.CENTRUM), 2, "10:00", "18:00");
            hours(ps, world.location(DemoWorld.CENTRUM), 3, "10:00", "18:00");
            hours(ps, world.location(DemoWorld.CENTRUM), 4, "10:00", "20:00");
            hours(ps, world.location(DemoWorld.CENTRUM), 5, "10:00", "18:00");
            hours(ps, world.location(DemoWorld.CENTRUM), 6, "10:00", "16:00");
            // Noord and Oost: smaller branches, Tuesday to Saturday.
            for (int branch : new int[] { DemoWorld.NOORD, DemoWorld.OOST }) {
                hours(ps, world.location(branch), 2, "13:00", "17:30");
                hours(ps, world.location(branch), 3, "10:00", "17:30");
                hours(ps, world.location(branch), 4, "13:00", "17:30");
                hours(ps, world.location(branch), 5, "13:00", "20:00");
                hours(ps, world.location(branch), 6, "10:00", "14:00");
            }
            // School libraries: school days, Wednesday mornings only.
            for (int library = DemoWorld.SB_REGENBOOG; library <= DemoWorld.SB_PALET; library++) {
                for (int day = 1; day <= 5; day++) {
                    hours(ps, world.location(library), day, "08:30", day == 3 ? "12:30" : "15:30");
                }
            }
            ps.executeBatch();
        }
    }

    private static void hours(PreparedStatement ps, long location, int weekday, String opens, String closes)
            throws SQLException {
        ps.setLong(1, location);
        ps.setInt(2, weekday);
        ps.setTime(3, Time.valueOf(LocalTime.parse(opens)));
        ps.setTime(4, Time.valueOf(LocalTime.parse(closes)));
        ps.addBatch();
    }

    /** The school year runs from August to July; its first calendar year. */
    static int schoolYearStart(LocalDate today) {
        return today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
    }

    /**
     * Holidays of the current school year and the next one, so the coming months always have some: one closure per
     * holiday for all the locations it closes (the school holidays for every school library, the public holidays for
     * every branch), as an administrator makes them.
     */
    private static void insertClosedPeriods(Connection c, DemoWorld world, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                WITH new_closure AS (INSERT INTO closure (from_date, to_date, reason, created_by)
                                     VALUES (?, ?, ?, 'demo') RETURNING id, from_date, to_date, reason)
                INSERT INTO closed_period (closure_id, location_id, from_date, to_date, reason)
                SELECT n.id, l.id, n.from_date, n.to_date, n.reason FROM new_closure n, unnest(?::bigint[]) AS l(id)""")) {
            int year = schoolYearStart(today);
            closedPeriods(ps, world, year);
            closedPeriods(ps, world, year + 1);
            ps.executeBatch();
        }
    }

    private static void closedPeriods(PreparedStatement ps, DemoWorld world, int year) throws SQLException {
        LocalDate kerstFrom = LocalDate.of(year, 12, 19);
        LocalDate kerstTo = LocalDate.of(year + 1, 1, 3);
        LocalDate week8Monday = LocalDate.of(year + 1, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 8)
                .with(DayOfWeek.MONDAY);
        LocalDate koningsdag = LocalDate.of(year + 1, 4, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        Long[] schoolLibraries = IntStream.rangeClosed(DemoWorld.SB_REGENBOOG, DemoWorld.SB_PALET)
                .mapToObj(world::location).toArray(Long[]::new);
        Long[] branches = IntStream.rangeClosed(DemoWorld.CENTRUM, DemoWorld.OOST)
                .mapToObj(world::location).toArray(Long[]::new);
        closed(ps, schoolLibraries, kerstFrom, kerstTo, "Kerstvakantie");
        closed(ps, schoolLibraries, week8Monday.minusDays(2), week8Monday.plusDays(6), "Voorjaarsvakantie");
        closed(ps, branches, LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), "Eerste en tweede kerstdag");
        closed(ps, branches, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 1, 1), "Nieuwjaarsdag");
        closed(ps, branches, koningsdag, koningsdag, "Koningsdag");
    }

    private static void closed(PreparedStatement ps, Long[] locations, LocalDate from, LocalDate to, String reason)
            throws SQLException {
        ps.setObject(1, from);
        ps.setObject(2, to);
        ps.setString(3, reason);
        ps.setArray(4, ps.getConnection().createArrayOf("bigint", locations));
        ps.addBatch();
    }
}
