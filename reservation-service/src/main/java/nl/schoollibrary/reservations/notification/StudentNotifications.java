package nl.schoollibrary.reservations.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.notification.NotificationDtos.MyNotificationEvent;

/** A student's own view of the mails to their parent, and their language. */
@ApplicationScoped
public class StudentNotifications {

    @Inject Jdbc jdbc;
    @Inject NotificationRuleReads rules;

    private record Student(String language, String parentEmail, Timestamp consentAt, long organisationId,
            long schoolId) {
    }

    public NotificationDtos.MyNotifications of(long patronId) {
        Student student = jdbc.one("""
                SELECT p.language, p.parent_email, p.parent_email_consent_at, s.organisation_id, s.id
                  FROM patron p JOIN school s ON s.id = p.school_id WHERE p.id = ?""",
                rs -> new Student(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getLong(4), rs.getLong(5)),
                patronId).orElseThrow(() -> ProblemException.notFound("Student", patronId));
        return new NotificationDtos.MyNotifications(student.language(), mask(student.parentEmail()),
                student.consentAt() == null ? null : student.consentAt().toInstant(),
                rules.inForce(student.organisationId(), student.schoolId()).stream()
                        .map(r -> new MyNotificationEvent(r.event(), r.enabled(), r.reminderOpenDays())).toList());
    }

    @Transactional
    public void language(long patronId, String language) {
        jdbc.update("UPDATE patron SET language = ? WHERE id = ? AND language <> ?", language, patronId, language);
    }

    /** "m•••@example.nl": the first character of the local part, the domain in full. */
    static String mask(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return "•••";
        }
        return email.charAt(0) + "•••" + email.substring(at);
    }
}
