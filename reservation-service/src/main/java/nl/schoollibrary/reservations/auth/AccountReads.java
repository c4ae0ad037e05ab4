package nl.schoollibrary.reservations.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.schoollibrary.reservations.common.database.Jdbc;

/** What a login needs to know about an account beyond its row: its patron's state and its school and organisation. */
@ApplicationScoped
public class AccountReads {

    /**
     * The school and organisation a token of the account carries, whether the account may log in, and its language.
     *
     * @param schoolId the staff member's school, or a student's (their patron's) school
     * @param organisationId the staff member's organisation, else that of the school (a student: always the school's)
     * @param active the account may log in ({@link #MAY_LOG_IN})
     * @param language a student's saved language ({@code nl} or {@code en}); null for staff
     */
    public record Tenant(Long schoolId, Long organisationId, boolean active, String language) {
    }

    /**
     * The account {@code u} and what it hangs on, for {@link #MAY_LOG_IN}: a student's patron {@code p}, and the
     * school {@code sc} of the staff member or of the student.
     */
    static final String ACCOUNT_FROM = """
             FROM app_user u
             LEFT JOIN patron p ON p.id = u.patron_id
             LEFT JOIN school sc ON sc.id = coalesce(u.school_id, p.school_id)""";

    /**
     * Whether an account may log in (and its tokens work): it is active, a student's pupil record is active, and the
     * school of a student or school staff member is not deactivated.
     */
    static final String MAY_LOG_IN = "(u.active AND (u.patron_id IS NULL OR p.active) AND coalesce(sc.active, true))";

    @Inject Jdbc jdbc;

    /** One round trip; an unknown id is a disabled account without tenant. */
    public Tenant tenant(long userId) {
        return jdbc.one("""
                SELECT coalesce(u.school_id, p.school_id),
                       CASE WHEN u.school_id IS NULL AND u.patron_id IS NOT NULL THEN sc.organisation_id
                            ELSE coalesce(u.organisation_id, sc.organisation_id) END,
                       """ + MAY_LOG_IN + ", p.language " + ACCOUNT_FROM + " WHERE u.id = ?",
                rs -> new Tenant(rs.getObject(1, Long.class), rs.getObject(2, Long.class), rs.getBoolean(3),
                        rs.getString(4)), userId).orElse(new Tenant(null, null, false, null));
    }
}
