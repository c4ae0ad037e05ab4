package nl.schoollibrary.reservations.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.Optional;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolPolicyView;

/**
 * Read model of a school's policy (SQL): the stored policy or its defaults, with the pickup period of the school's
 * library (a setting of that location).
 */
@ApplicationScoped
public class SchoolPolicyReads {

    @Inject Jdbc jdbc;

    public Optional<SchoolPolicyView> policy(long schoolId) {
        return jdbc.one("""
                SELECT s.id, s.name, coalesce(p.reserve_at_school, true), coalesce(p.reserve_at_branches, false),
                       coalesce(p.school_only_checked_out, true), coalesce(p.max_active_reservations, 3),
                       coalesce(l.pickup_days, 7), p.updated_at, p.updated_by
                  FROM school s LEFT JOIN school_policy p ON p.school_id = s.id
                  LEFT JOIN location l ON l.school_id = s.id
                 WHERE s.id = ?""", rs -> {
                    Timestamp updated = rs.getTimestamp(8);
                    return new SchoolPolicyView(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getInt(6), rs.getInt(7), updated == null ? null : updated.toInstant(),
                            rs.getString(9));
                }, schoolId);
    }
}
