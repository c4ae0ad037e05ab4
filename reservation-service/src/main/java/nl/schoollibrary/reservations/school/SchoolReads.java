package nl.schoollibrary.reservations.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolView;

/** Read model of schools (SQL), with the id of each school's library. */
@ApplicationScoped
public class SchoolReads {

    private static final String SELECT = """
            SELECT s.id, s.organisation_id, s.brin, s.name, s.active, s.student_username_rule, l.id AS library_id,
                   s.created_at
              FROM school s LEFT JOIN location l ON l.school_id = s.id""";

    @Inject Jdbc jdbc;

    public Optional<SchoolView> school(long id) {
        return jdbc.one(SELECT + " WHERE s.id = ?", SchoolReads::view, id);
    }

    /**
     * The schools of one organisation (or of all: {@code organisationId} null), or one school ({@code schoolId}), by
     * name; the inactive ones only when asked.
     */
    public List<SchoolView> schools(Long organisationId, Long schoolId, boolean includeInactive) {
        return jdbc.list(SELECT + " WHERE (?::bigint IS NULL OR s.organisation_id = ?) AND (?::bigint IS NULL OR s.id = ?)"
                + " AND (s.active OR ?) ORDER BY s.name, s.id", SchoolReads::view, organisationId, organisationId,
                schoolId, schoolId, includeInactive);
    }

    /** The organisation of a school, if the school exists. */
    public Optional<Long> organisationOf(long schoolId) {
        return jdbc.one("SELECT organisation_id FROM school WHERE id = ?", rs -> rs.getLong(1), schoolId);
    }

    public boolean organisationExists(long organisationId) {
        return jdbc.count("SELECT count(*) FROM organisation WHERE id = ?", organisationId) > 0;
    }

    private static SchoolView view(ResultSet rs) throws SQLException {
        return new SchoolView(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("brin"),
                rs.getString("name"), rs.getBoolean("active"),
                StudentUsernameRule.valueOf(rs.getString("student_username_rule")),
                rs.getObject("library_id", Long.class), rs.getTimestamp("created_at").toInstant());
    }
}
