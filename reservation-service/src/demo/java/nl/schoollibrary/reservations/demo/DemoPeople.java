package nl.schoollibrary.reservations.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Students (with and without library link and membership), special passes, all logins and the integration client
 * of school B.
 */
final class DemoPeople {

    static final String CONSENT_BY = "ouder/verzorger via schooladministratie";
    static final int[] STUDENTS_PER_SCHOOL = { 100, 110, 90 };

    /** A demo student; {@code id} is filled in after the insert. */
    static final class Student {
        final int school;
        final String firstName;
        final String lastName;
        final String group;
        final String studentNumber;
        final String username;
        final boolean fixedDemoLogin;
        boolean libraryLink;
        OffsetDateTime consentAt;
        String cardNumber;
        int homeBranch = -1;
        LocalDate validUntil;
        long id;
        int openLoans;

        Student(int school, String firstName, String lastName, String group, String studentNumber, String username,
                boolean fixedDemoLogin) {
            this.school = school;
            this.firstName = firstName;
            this.lastName = lastName;
            this.group = group;
            this.studentNumber = studentNumber;
            this.username = username;
            this.fixedDemoLogin = fixedDemoLogin;
        }

        boolean hasValidMembership(LocalDate today) {
            return cardNumber != null && !validUntil.isBefore(today);
        }

        String displayName() {
            return firstName + " " + lastName;
        }
    }

    /** A special pass (speciale lener) owned by a branch. */
    static final class Pass {
        final int owner;
        final String name;
        long id;

        Pass(int owner, String name) {
            this.owner = owner;
            this.name = name;
        }
    }

    static final String PASS_KBW = "Tentoonstelling Kinderboekenweek";
    static final String PASS_VOORLEESHOEK = "Voorleeshoek";
    static final String PASS_VOORLEESDAGEN = "Nationale Voorleesdagen";

    final List<Student> students;
    final Map<String, Student> byUsername;
    final List<Pass> passes;

    private DemoPeople(List<Student> students, List<Pass> passes) {
        this.students = students;
        this.passes = passes;
        Map<String, Student> map = new HashMap<>();
        for (Student s : students) {
            map.put(s.username, s);
        }
        this.byUsername = map;
    }

    Student student(String username) {
        return byUsername.get(username);
    }

    Pass pass(String name) {
        for (Pass p : passes) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        throw new IllegalStateException("No demo pass " + name);
    }

    static DemoPeople create(Connection c, DemoWorld world, Clock clock, String passwordHash) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        List<Student> students = plan(new Random(4242L), today, clock);
        List<Pass> passes = List.of(
                new Pass(DemoWorld.NOORD, PASS_KBW),
                new Pass(DemoWorld.CENTRUM, PASS_VOORLEESHOEK),
                new Pass(DemoWorld.OOST, PASS_VOORLEESDAGEN),
                new Pass(DemoWorld.CENTRUM, "Tentoonstelling Griffels en Penselen"),
                new Pass(DemoWorld.OOST, "Wisselcollectie peuterspeelzaal"));
        insertPatrons(c, world, students, passes);
        insertUsers(c, world, students, passwordHash);
        insertIntegrationClient(c, world, passwordHash);
        return new DemoPeople(students, passes);
    }

    /** The fixed demo students first, then the others, all deterministic. */
    static List<Student> plan(Random random, LocalDate today, Clock clock) {
        List<Student> students = new ArrayList<>();
        int[] sequence = new int[DemoWorld.SCHOOLS];
        int[] cardSequence = { 0 };

        Student sanne = fixed(DemoWorld.SCHOOL_A, "Sanne", "de Vries", 6, "sanne", sequence);
        students.add(sanne);
        Student daan = fixed(DemoWorld.SCHOOL_B, "Daan", "Jansen", 7, "daan", sequence);
        link(daan, today.minusDays(420), clock);
        member(daan, DemoWorld.CENTRUM, today.plusDays(230), cardSequence);
        students.add(daan);
        students.add(fixed(DemoWorld.SCHOOL_B, "Emma", "Bakker", 5, "emma", sequence));
        Student lotte = fixed(DemoWorld.SCHOOL_B, "Lotte", "Smit", 6, "lotte", sequence);
        link(lotte, today.minusDays(380), clock);
        member(lotte, DemoWorld.NOORD, today.minusDays(30), cardSequence);
        students.add(lotte);
        students.add(fixed(DemoWorld.SCHOOL_C, "Noah", "Visser", 8, "noah", sequence));

        int number = 0;
        for (int school = 0; school < DemoWorld.SCHOOLS; school++) {
            while (sequence[school] < STUDENTS_PER_SCHOOL[school]) {
                String first = DemoNames.firstName(random);
                String last = DemoNames.lastName(random);
                int group = 3 + random.nextInt(6);
                number++;
                String studentNumber = studentNumber(school, ++sequence[school]);
                Student s = new Student(school, first, last, "groep " + group, studentNumber,
                        DemoNames.username(first, last, number), false);
                boolean schoolB = school == DemoWorld.SCHOOL_B;
                if (random.nextDouble() < (schoolB ? 0.5 : 0.05)) {
                    link(s, today.minusDays(30 + random.nextInt(770)), clock);
                    if (random.nextDouble() < (schoolB ? 0.85 : 0.8)) {
                        member(s, homeBranch(random), validUntil(random, today), cardSequence);
                    }
                } else if (!schoolB && random.nextDouble() < 0.3) {
                    // A library card of their own, without the school–library link.
                    member(s, homeBranch(random), validUntil(random, today), cardSequence);
                }
                students.add(s);
            }
        }
        return students;
    }

    private static Student fixed(int school, String first, String last, int group, String username, int[] sequence) {
        return new Student(school, first, last, "groep " + group, studentNumber(school, ++sequence[school]), username,
                true);
    }

    private static String studentNumber(int school, int sequence) {
        return (school + 1) + String.format("%05d", sequence);
    }

    private static void link(Student s, LocalDate consentDay, Clock clock) {
        s.libraryLink = true;
        s.consentAt = consentDay.atTime(9, 30).atZone(clock.getZone()).toOffsetDateTime();
    }

    private static void member(Student s, int homeBranch, LocalDate validUntil, int[] cardSequence) {
        s.cardNumber = "20413" + String.format("%09d", ++cardSequence[0]);
        s.homeBranch = homeBranch;
        s.validUntil = validUntil;
    }

    private static int homeBranch(Random random) {
        int r = random.nextInt(4);
        return r <= 1 ? DemoWorld.CENTRUM : r == 2 ? DemoWorld.NOORD : DemoWorld.OOST;
    }

    private static LocalDate validUntil(Random random, LocalDate today) {
        return random.nextDouble() < 0.1 ? today.minusDays(10 + random.nextInt(190))
                : today.plusDays(30 + random.nextInt(370));
    }

    private static void insertPatrons(Connection c, DemoWorld world, List<Student> students, List<Pass> passes)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO patron (kind, first_name, last_name, school_id,"
                + " group_name, student_number, owner_location_id, library_link, library_link_consent_by,"
                + " library_link_consent_at, membership_card_number, membership_home_branch_id, membership_valid_until)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Student s : students) {
                ps.setString(1, "STUDENT");
                ps.setString(2, s.firstName);
                ps.setString(3, s.lastName);
                ps.setLong(4, world.school(s.school));
                ps.setString(5, s.group);
                ps.setString(6, s.studentNumber);
                ps.setNull(7, Types.BIGINT);
                ps.setBoolean(8, s.libraryLink);
                ps.setString(9, s.libraryLink ? CONSENT_BY : null);
                DemoJdbc.setTimestamp(ps, 10, s.consentAt);
                ps.setString(11, s.cardNumber);
                if (s.cardNumber == null) {
                    ps.setNull(12, Types.BIGINT);
                } else {
                    ps.setLong(12, world.location(s.homeBranch));
                }
                DemoJdbc.setDate(ps, 13, s.validUntil);
                ps.addBatch();
            }
            for (Pass p : passes) {
                ps.setString(1, "SPECIAL_PASS");
                ps.setNull(2, Types.VARCHAR);
                ps.setString(3, p.name);
                ps.setNull(4, Types.BIGINT);
                ps.setNull(5, Types.VARCHAR);
                ps.setNull(6, Types.VARCHAR);
                ps.setLong(7, world.location(p.owner));
                ps.setBoolean(8, false);
                ps.setNull(9, Types.VARCHAR);
                ps.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setNull(11, Types.VARCHAR);
                ps.setNull(12, Types.BIGINT);
                ps.setNull(13, Types.DATE);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Long> studentIds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, school_id, student_number FROM patron WHERE school_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", box(world.schoolIds)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    studentIds.put(rs.getLong(2) + ":" + rs.getString(3), rs.getLong(1));
                }
            }
        }
        for (Student s : students) {
            s.id = studentIds.get(world.school(s.school) + ":" + s.studentNumber);
        }
        Map<String, Long> passIds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, owner_location_id, last_name FROM patron"
                + " WHERE kind = 'SPECIAL_PASS' AND owner_location_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", box(world.locationIds)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    passIds.put(rs.getLong(2) + ":" + rs.getString(3), rs.getLong(1));
                }
            }
        }
        for (Pass p : passes) {
            p.id = passIds.get(world.location(p.owner) + ":" + p.name);
        }
    }

    private static void insertUsers(Connection c, DemoWorld world, List<Student> students, String passwordHash)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, password_hash, role,"
                + " display_name, patron_id, school_id, organisation_id, location_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Student s : students) {
                user(ps, s.username, passwordHash, "STUDENT", s.displayName(), s.id, world.school(s.school), null,
                        null);
            }
            Map<String, String[]> staff = new LinkedHashMap<>();
            staff.put("school.regenboog", new String[] { "Marieke de Graaf", "3" });
            staff.put("school.wegwijzer", new String[] { "Peter Hoekstra", "4" });
            staff.put("school.palet", new String[] { "Anouk Verbeek", "5" });
            for (Map.Entry<String, String[]> e : staff.entrySet()) {
                int location = Integer.parseInt(e.getValue()[1]);
                user(ps, e.getKey(), passwordHash, "SCHOOL_STAFF", e.getValue()[0], null,
                        world.school(DemoWorld.schoolOf(location)), null, world.location(location));
            }
            user(ps, "bieb.centrum", passwordHash, "LIBRARY_STAFF", "Ingrid Smits", null, null, world.organisationId,
                    world.location(DemoWorld.CENTRUM));
            user(ps, "bieb.noord", passwordHash, "LIBRARY_STAFF", "Koen van Dijk", null, null, world.organisationId,
                    world.location(DemoWorld.NOORD));
            user(ps, "bieb.oost", passwordHash, "LIBRARY_STAFF", "Fatima El Idrissi", null, null, world.organisationId,
                    world.location(DemoWorld.OOST));
            user(ps, "admin", passwordHash, "ADMIN", "Beheerder Bibliotheek Rivierenland", null, null,
                    world.organisationId, null);
            ps.executeBatch();
        }
    }

    private static void user(PreparedStatement ps, String username, String hash, String role, String displayName,
            Long patronId, Long schoolId, Long organisationId, Long locationId) throws SQLException {
        ps.setString(1, username);
        ps.setString(2, hash);
        ps.setString(3, role);
        ps.setString(4, displayName);
        DemoJdbc.setLong(ps, 5, patronId);
        DemoJdbc.setLong(ps, 6, schoolId);
        DemoJdbc.setLong(ps, 7, organisationId);
        DemoJdbc.setLong(ps, 8, locationId);
        ps.addBatch();
    }

    private static void insertIntegrationClient(Connection c, DemoWorld world, String secretHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO integration_client (client_id, secret_hash, name,"
                + " scopes, school_id) VALUES ('wegwijzer-sis', ?, 'Leerlingadministratie CBS De Wegwijzer', ?, ?)")) {
            ps.setString(1, secretHash);
            ps.setArray(2, c.createArrayOf("text", new String[] {
                "students:write", "reservations:read", "loans:read", "events:read", "catalogue:read" }));
            ps.setLong(3, world.school(DemoWorld.SCHOOL_B));
            ps.executeUpdate();
        }
    }

    static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
