package nl.schoollibrary.reservations.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationRule;
import nl.schoollibrary.reservations.notification.NotificationDtos.RuleSource;

/**
 * The rules in force, read with the SQL functions of V20 ({@code notification_default_enabled},
 * {@code notification_default_reminder_days}): the defaults live there only, so what the API shows is what the
 * delivery trigger and the reminder job do.
 */
@ApplicationScoped
class NotificationRuleReads {

    @Inject Jdbc jdbc;

    /** All five events in enum order: the school's override, else the organisation's rule, else the default. */
    List<NotificationRule> inForce(long organisationId, Long schoolId) {
        return jdbc.list("""
                SELECT ev.event, sr.enabled AS s_enabled, sr.reminder_open_days AS s_days,
                       orr.enabled AS o_enabled, orr.reminder_open_days AS o_days,
                       notification_default_enabled(ev.event) AS d_enabled,
                       notification_default_reminder_days() AS d_days
                  FROM unnest(?::varchar[]) WITH ORDINALITY AS ev(event, o)
                  LEFT JOIN notification_rule orr
                    ON orr.organisation_id = ? AND orr.school_id IS NULL AND orr.event = ev.event
                  LEFT JOIN notification_rule sr
                    ON sr.organisation_id = ? AND sr.school_id = ?::bigint AND sr.event = ev.event
                 ORDER BY ev.o""", rs -> {
                    NotificationEvent event = NotificationEvent.valueOf(rs.getString("event"));
                    RuleSource source;
                    boolean enabled;
                    int days;
                    if (rs.getObject("s_enabled") != null) {
                        source = RuleSource.SCHOOL;
                        enabled = rs.getBoolean("s_enabled");
                        days = rs.getInt("s_days");
                    } else if (rs.getObject("o_enabled") != null) {
                        source = RuleSource.ORGANISATION;
                        enabled = rs.getBoolean("o_enabled");
                        days = rs.getInt("o_days");
                    } else {
                        source = RuleSource.DEFAULT;
                        enabled = rs.getBoolean("d_enabled");
                        days = rs.getInt("d_days");
                    }
                    return new NotificationRule(event, enabled,
                            event == NotificationEvent.PICKUP_REMINDER ? Integer.valueOf(days) : null, source);
                }, NotificationEvent.names(), organisationId, organisationId, schoolId);
    }
}
