package nl.schoollibrary.reservations.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationRule;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationRuleChange;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationRules;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationRulesChange;

/**
 * Which events mail a parent: rules of an organisation, with overrides per school. Reading shows the rules in force;
 * a change sets or removes rows of {@code notification_rule} and writes {@code NotificationRulesChanged}.
 */
@ApplicationScoped
public class NotificationRuleService {

    @Inject NotificationScope scope;
    @Inject NotificationRuleReads reads;
    @Inject Jdbc jdbc;
    @Inject EventOutbox events;
    @Inject Clock clock;

    public NotificationRules get(Actor actor, Long organisationId, Long schoolId) {
        NotificationScope.Target target = scope.rules(actor, organisationId, schoolId, false);
        return new NotificationRules(target.organisationId(), target.schoolId(),
                reads.inForce(target.organisationId(), target.schoolId()));
    }

    /** The rules in force for a school's students (the student's own view). */
    public List<NotificationRule> inForce(long organisationId, Long schoolId) {
        return reads.inForce(organisationId, schoolId);
    }

    /**
     * Sets the rules: each given event's row is written ({@code enabled} true/false) or removed ({@code enabled}
     * null). A reminder rule without {@code reminderOpenDays} keeps the number of days in force.
     */
    @Transactional
    public NotificationRules change(Actor actor, NotificationRulesChange request) {
        Set<NotificationEvent> seen = EnumSet.noneOf(NotificationEvent.class);
        for (int i = 0; i < request.rules().size(); i++) {
            NotificationRuleChange rule = request.rules().get(i);
            if (!seen.add(rule.event())) {
                throw ProblemException.invalid("rules[" + i + "].event", "each event at most once");
            }
            if (rule.reminderOpenDays() != null && rule.event() != NotificationEvent.PICKUP_REMINDER) {
                throw ProblemException.invalid("rules[" + i + "].reminderOpenDays", "only for PICKUP_REMINDER");
            }
            if (rule.reminderOpenDays() != null && rule.enabled() == null) {
                throw ProblemException.invalid("rules[" + i + "].reminderOpenDays",
                        "give enabled too (null removes the rule)");
            }
        }
        NotificationScope.Target target = scope.rules(actor, request.organisationId(), request.schoolId(), true);
        // one writer at a time per organisation: the rows of the organisation and its schools
        jdbc.list("SELECT id FROM organisation WHERE id = ? FOR NO KEY UPDATE", rs -> rs.getLong(1),
                target.organisationId());
        List<NotificationRule> before = reads.inForce(target.organisationId(), target.schoolId());
        List<Map<String, Object>> changed = new ArrayList<>();
        for (NotificationRuleChange rule : request.rules()) {
            if (rule.enabled() == null) {
                jdbc.update("DELETE FROM notification_rule WHERE organisation_id = ? AND school_id IS NOT DISTINCT FROM "
                        + "?::bigint AND event = ?", target.organisationId(), target.schoolId(), rule.event().name());
            } else {
                Integer days = null;
                if (rule.event() == NotificationEvent.PICKUP_REMINDER) {
                    days = rule.reminderOpenDays() != null ? rule.reminderOpenDays()
                            : before.get(rule.event().ordinal()).reminderOpenDays();
                }
                jdbc.update("""
                        INSERT INTO notification_rule (organisation_id, school_id, event, enabled, reminder_open_days,
                                                       updated_at, updated_by)
                        VALUES (?, ?::bigint, ?, ?, ?::smallint, ?, ?)
                        ON CONFLICT ON CONSTRAINT notification_rule_once DO UPDATE
                           SET enabled = excluded.enabled, reminder_open_days = excluded.reminder_open_days,
                               updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                        target.organisationId(), target.schoolId(), rule.event().name(), rule.enabled(), days,
                        clock.instant(), actor.username());
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("event", rule.event().name());
            entry.put("enabled", rule.enabled());
            entry.put("reminderOpenDays", rule.reminderOpenDays());
            changed.add(entry);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("organisationId", target.organisationId());
        payload.put("schoolId", target.schoolId());
        payload.put("rules", changed);
        if (target.schoolId() != null) {
            events.tenantEvent("NotificationRulesChanged", "SCHOOL", target.schoolId(), target.organisationId(),
                    target.schoolId(), payload);
        } else {
            events.tenantEvent("NotificationRulesChanged", "ORGANISATION", target.organisationId(),
                    target.organisationId(), null, payload);
        }
        return new NotificationRules(target.organisationId(), target.schoolId(),
                reads.inForce(target.organisationId(), target.schoolId()));
    }
}
