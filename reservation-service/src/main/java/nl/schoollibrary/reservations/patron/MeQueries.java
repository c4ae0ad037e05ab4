package nl.schoollibrary.reservations.patron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.patron.MeDtos.Me;
import nl.schoollibrary.reservations.patron.MeDtos.Membership;
import nl.schoollibrary.reservations.patron.MeDtos.StudentProfile;

/** The logged-in user as {@code /api/me} shows them, and a student's consent record (the data export). */
@ApplicationScoped
public class MeQueries {

    private static final String SQL = """
            SELECT u.id, u.username, u.display_name, u.role,
                   coalesce(u.school_id, p.school_id) AS school_id, s.name AS school_name,
                   coalesce(u.organisation_id, s.organisation_id) AS organisation_id,
                   u.location_id, l.name AS location_name,
                   p.id AS patron_id, p.first_name, p.last_name, p.group_name, p.library_link,
                   p.membership_card_number, p.membership_home_branch_id, hb.name AS home_branch_name,
                   p.membership_valid_until
              FROM app_user u
              LEFT JOIN patron p ON p.id = u.patron_id
              LEFT JOIN school s ON s.id = coalesce(u.school_id, p.school_id)
              LEFT JOIN location l ON l.id = u.location_id
              LEFT JOIN location hb ON hb.id = p.membership_home_branch_id
             WHERE u.id = ? AND u.active""";

    @Inject Jdbc jdbc;
    @Inject Clock clock;

    public Optional<Me> me(long userId) {
        return jdbc.one(SQL, rs -> {
            StudentProfile student = null;
            Long patronId = rs.getObject("patron_id", Long.class);
            if (patronId != null) {
                Membership membership = null;
                String card = rs.getString("membership_card_number");
                if (card != null) {
                    LocalDate validUntil = rs.getObject("membership_valid_until", LocalDate.class);
                    membership = new Membership(card, rs.getLong("membership_home_branch_id"),
                            rs.getString("home_branch_name"), validUntil, !validUntil.isBefore(LocalDate.now(clock)));
                }
                student = new StudentProfile(patronId, rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("group_name"), rs.getBoolean("library_link"), membership);
            }
            return new Me(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")), rs.getObject("school_id", Long.class),
                    rs.getString("school_name"), rs.getObject("organisation_id", Long.class),
                    rs.getObject("location_id", Long.class), rs.getString("location_name"), student);
        }, userId);
    }

    /** The recorded parental consent for the library link, if any. */
    public MeDtos.Consent consent(long patronId) {
        return jdbc.one("SELECT library_link_consent_by, library_link_consent_at FROM patron WHERE id = ?"
                + " AND library_link_consent_by IS NOT NULL", rs -> {
                    Timestamp at = rs.getTimestamp(2);
                    return new MeDtos.Consent(rs.getString(1), at == null ? null : at.toInstant());
                }, patronId).orElse(null);
    }

    /** The consent audit of the patron (library_link_consent), oldest first. */
    public List<MeDtos.ConsentRecord> consentHistory(long patronId) {
        return jdbc.list("SELECT library_link, consent_by, consent_at, recorded_at, recorded_by, source"
                + " FROM library_link_consent WHERE patron_id = ? ORDER BY id", rs -> {
                    Timestamp at = rs.getTimestamp(3);
                    return new MeDtos.ConsentRecord(rs.getBoolean(1), rs.getString(2), at == null ? null : at.toInstant(),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6));
                }, patronId);
    }

    /** The student's language and parent address (null: none). */
    public record MailSettings(String language, String parentEmail) {
    }

    public MailSettings mailSettings(long patronId) {
        return jdbc.one("SELECT language, parent_email FROM patron WHERE id = ?",
                rs -> new MailSettings(rs.getString(1), rs.getString(2)), patronId).orElse(new MailSettings("nl", null));
    }

    /** The audit of the parent's address and its consent (parent_email_consent), oldest first. */
    public List<MeDtos.ParentEmailConsentRecord> parentEmailConsents(long patronId) {
        return jdbc.list("SELECT parent_email, consent_by, consent_at, recorded_at, recorded_by, source"
                + " FROM parent_email_consent WHERE patron_id = ? ORDER BY id", rs -> {
                    Timestamp at = rs.getTimestamp(3);
                    return new MeDtos.ParentEmailConsentRecord(rs.getString(1), rs.getString(2),
                            at == null ? null : at.toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5),
                            rs.getString(6));
                }, patronId);
    }
}
