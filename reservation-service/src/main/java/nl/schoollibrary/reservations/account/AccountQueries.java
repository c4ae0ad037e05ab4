package nl.schoollibrary.reservations.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.account.AccountDtos.LoginState;
import nl.schoollibrary.reservations.account.AccountDtos.SchoolStudent;
import nl.schoollibrary.reservations.account.AccountDtos.StaffAccount;
import nl.schoollibrary.reservations.account.AccountDtos.StaffRole;
import nl.schoollibrary.reservations.account.AccountDtos.StudentGroup;
import nl.schoollibrary.reservations.common.database.Jdbc;

/** The reads of accounts: staff accounts, a school's students with their logins and groups, locations and schools. */
@ApplicationScoped
public class AccountQueries {

    /** What creating or moving a staff account needs to know of a location. */
    record LocationFacts(long id, long organisationId, Long schoolId, boolean schoolLibrary, boolean active) {
    }

    /** A student's name and group, for a login card. */
    record StudentName(long patronId, String firstName, String lastName, String groupName) {
    }

    /** A school: its name (on the login cards), organisation and BRIN. */
    record SchoolFacts(long id, String name, long organisationId) {
    }

    private static final String STAFF = """
            SELECT u.id, u.username, u.display_name, u.role, u.location_id, l.name,
                   coalesce(u.school_id, l.school_id), coalesce(u.organisation_id, l.organisation_id,
                   (SELECT s.organisation_id FROM school s WHERE s.id = u.school_id)),
                   u.active, u.must_change_password, u.created_at, u.created_by
              FROM app_user u LEFT JOIN location l ON l.id = u.location_id
             WHERE u.role <> 'STUDENT'""";

    @Inject Jdbc jdbc;

    /**
     * Staff accounts by username; {@code schoolId} and {@code role} narrow them (null: any), {@code locationId} too.
     */
    List<StaffAccount> staff(Long schoolId, StaffRole role, Long locationId, boolean includeDisabled) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(STAFF);
        if (schoolId != null) {
            sql.append(" AND coalesce(u.school_id, l.school_id) = ?");
            params.add(schoolId);
        }
        if (role != null) {
            sql.append(" AND u.role = ?");
            params.add(role.name());
        }
        if (locationId != null) {
            sql.append(" AND u.location_id = ?");
            params.add(locationId);
        }
        if (!includeDisabled) {
            sql.append(" AND u.active");
        }
        sql.append(" ORDER BY u.username");
        return jdbc.list(sql.toString(), AccountQueries::staffAccount, params.toArray());
    }

    Optional<StaffAccount> staffAccount(long id) {
        return jdbc.one(STAFF + " AND u.id = ?", AccountQueries::staffAccount, id);
    }

    Optional<LocationFacts> location(long id) {
        return jdbc.one("SELECT id, organisation_id, school_id, kind = 'SCHOOL_LIBRARY', active FROM location"
                + " WHERE id = ?", rs -> new LocationFacts(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                rs.getBoolean(4), rs.getBoolean(5)), id);
    }

    Optional<SchoolFacts> school(long id) {
        return jdbc.one("SELECT id, name, organisation_id FROM school WHERE id = ?",
                rs -> new SchoolFacts(rs.getLong(1), rs.getString(2), rs.getLong(3)), id);
    }

    /** A student's school and whether they are active. */
    record StudentFacts(long schoolId, boolean active) {
    }

    /** The school of a student (patron kind STUDENT), if it is one. */
    Optional<StudentFacts> student(long patronId) {
        return jdbc.one("SELECT school_id, active FROM patron WHERE id = ? AND kind = 'STUDENT'"
                + " AND school_id IS NOT NULL", rs -> new StudentFacts(rs.getLong(1), rs.getBoolean(2)), patronId);
    }

    /**
     * The school's students with their logins, by group and name; {@code group} (exact) and {@code q} (part of a
     * name, student number or username) narrow them.
     */
    List<SchoolStudent> students(long schoolId, String group, String q, boolean includeInactive, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(now);
        params.add(schoolId);
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.student_number, p.first_name, p.last_name, p.group_name, p.active, u.username,
                       CASE WHEN u.password_hash IS NULL THEN 'NONE'
                            WHEN u.must_change_password THEN 'START_CODE' ELSE 'PASSWORD' END,
                       CASE WHEN u.must_change_password AND u.temporary_password_expires_at > ?
                            THEN u.temporary_password_expires_at END
                  FROM patron p LEFT JOIN app_user u ON u.patron_id = p.id
                 WHERE p.school_id = ? AND p.kind = 'STUDENT'""");
        if (group != null) {
            sql.append(" AND p.group_name = ?");
            params.add(group);
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            sql.append(" AND (lower(coalesce(p.first_name, '') || ' ' || p.last_name) LIKE ? OR lower(p.student_number)"
                    + " LIKE ? OR u.username LIKE ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (!includeInactive) {
            sql.append(" AND p.active");
        }
        sql.append(" ORDER BY p.group_name NULLS LAST, p.last_name, p.first_name, p.id");
        return jdbc.list(sql.toString(), rs -> new SchoolStudent(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                rs.getString(7) == null ? LoginState.NONE : LoginState.valueOf(rs.getString(8)), instant(rs, 9)),
                params.toArray());
    }

    /** The groups of the school's active students, by name; students without a group are left out. */
    List<StudentGroup> groups(long schoolId) {
        return jdbc.list("""
                SELECT p.group_name, count(*),
                       count(*) FILTER (WHERE u.id IS NULL OR u.password_hash IS NULL OR u.must_change_password)
                  FROM patron p LEFT JOIN app_user u ON u.patron_id = p.id
                 WHERE p.school_id = ? AND p.kind = 'STUDENT' AND p.active AND p.group_name IS NOT NULL
                 GROUP BY p.group_name ORDER BY p.group_name""",
                rs -> new StudentGroup(rs.getString(1), rs.getInt(2), rs.getInt(3)), schoolId);
    }

    /** The patron ids of the active students of a group who have a login (only those without a chosen password). */
    List<Long> studentsForCards(long schoolId, String group, boolean onlyWithoutPassword) {
        return jdbc.list("""
                SELECT p.id FROM patron p JOIN app_user u ON u.patron_id = p.id
                 WHERE p.school_id = ? AND p.kind = 'STUDENT' AND p.active AND p.group_name = ?
                   AND (NOT ? OR u.password_hash IS NULL OR u.must_change_password)
                 ORDER BY p.last_name, p.first_name, p.id""", rs -> rs.getLong(1), schoolId, group, onlyWithoutPassword);
    }

    /** Whether the group has students at all (active, in the school). */
    boolean groupExists(long schoolId, String group) {
        return jdbc.count("SELECT count(*) FROM patron WHERE school_id = ? AND kind = 'STUDENT' AND active"
                + " AND group_name = ?", schoolId, group) > 0;
    }

    /** The names on the students' cards, by patron id. */
    Map<Long, StudentName> studentNames(List<Long> patronIds) {
        Map<Long, StudentName> names = new HashMap<>();
        jdbc.list("SELECT id, first_name, last_name, group_name FROM patron WHERE id = ANY(?)",
                rs -> new StudentName(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                (Object) patronIds.toArray(Long[]::new)).forEach(n -> names.put(n.patronId(), n));
        return names;
    }

    private static StaffAccount staffAccount(ResultSet rs) throws SQLException {
        return new StaffAccount(rs.getLong(1), rs.getString(2), rs.getString(3), StaffRole.valueOf(rs.getString(4)),
                rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, Long.class), rs.getObject(8, Long.class),
                rs.getBoolean(9), rs.getBoolean(10), instant(rs, 11), rs.getString(12));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
