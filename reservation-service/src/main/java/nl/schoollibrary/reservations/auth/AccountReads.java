package nl.schoollibrary.reservations.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.schoollibrary.reservations.common.database.Jdbc;

/** What a login needs to know about an account beyond its row: its patron's state and its school and organisation. */
@ApplicationScoped
public class AccountReads {

    /**
     * The school and organisation a token of the account carries, and whether the account may log in.
     *
     * @param schoolId the staff member's school, or a student's (their patron's) school
     * @param organisationId the staff member's organisation, else that of the school (a student: always the school's)
     * @param active the account is active and, for a student, so is their patron
     */
    public record Tenant(Long schoolId, Long organisationId, boolean active) {
    }

    @Inject Jdbc jdbc;

    /** One round trip; an unknown id is a disabled account without tenant. */
    public Tenant tenant(long userId) {
        return jdbc.one("""
                SELECT coalesce(u.school_id, p.school_id),
                       CASE WHEN u.school_id IS NULL AND u.patron_id IS NOT NULL THEN s.organisation_id
                            ELSE coalesce(u.organisation_id, s.organisation_id) END,
                       u.active AND (u.patron_id IS NULL OR p.active)
                  FROM app_user u
                  LEFT JOIN patron p ON p.id = u.patron_id
                  LEFT JOIN school s ON s.id = coalesce(u.school_id, p.school_id)
                 WHERE u.id = ?""", rs -> new Tenant(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
                rs.getBoolean(3)), userId).orElse(new Tenant(null, null, false));
    }
}
