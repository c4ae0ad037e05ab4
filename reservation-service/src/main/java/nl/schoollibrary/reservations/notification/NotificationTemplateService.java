package nl.schoollibrary.reservations.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationPreview;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationTemplate;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationTemplatePreviewRequest;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationTemplateText;

/**
 * The texts of the mails: an organisation's own text per event and language ({@code notification_template}), else
 * the built-in one ({@link BuiltInTemplates}). Every text is checked ({@link TemplateRenderer#validate}) before it is
 * kept or previewed.
 */
@ApplicationScoped
public class NotificationTemplateService {

    @Inject NotificationScope scope;
    @Inject Jdbc jdbc;
    @Inject EventOutbox events;
    @Inject Clock clock;

    /** The ten templates (five events × nl, en) of the organisation. */
    public List<NotificationTemplate> list(Actor actor, Long organisationId) {
        long organisation = scope.templates(actor, organisationId, false);
        List<NotificationTemplate> all = new ArrayList<>();
        for (NotificationEvent event : NotificationEvent.values()) {
            for (String language : TemplateRenderer.languages()) {
                all.add(template(organisation, event, language));
            }
        }
        return all;
    }

    @Transactional
    public NotificationTemplate put(Actor actor, String eventName, String language, Long organisationId,
            NotificationTemplateText text) {
        NotificationEvent event = event(eventName, language);
        long organisation = scope.templates(actor, organisationId, true);
        TemplateRenderer.validate(event, text.subject(), text.body());
        jdbc.update("""
                INSERT INTO notification_template (organisation_id, event, language, subject, body, updated_at,
                                                   updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT notification_template_once DO UPDATE
                   SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at,
                       updated_by = excluded.updated_by""", organisation, event.name(), language,
                text.subject().strip(), text.body(), clock.instant(), actor.username());
        events.tenantEvent("NotificationTemplateChanged", "ORGANISATION", organisation, organisation, null,
                Map.of("event", event.name(), "language", language));
        return template(organisation, event, language);
    }

    /** Back to the built-in text (nothing happens when the organisation had none of its own). */
    @Transactional
    public void reset(Actor actor, String eventName, String language, Long organisationId) {
        NotificationEvent event = event(eventName, language);
        long organisation = scope.templates(actor, organisationId, true);
        int removed = jdbc.update("DELETE FROM notification_template WHERE organisation_id = ? AND event = ? AND "
                + "language = ?", organisation, event.name(), language);
        if (removed > 0) {
            events.tenantEvent("NotificationTemplateReset", "ORGANISATION", organisation, organisation, null,
                    Map.of("event", event.name(), "language", language));
        }
    }

    public NotificationPreview preview(Actor actor, NotificationTemplatePreviewRequest request) {
        if (request.organisationId() != null || actor.role() != Role.ADMIN) {
            scope.templates(actor, request.organisationId(), false);
        }
        TemplateRenderer.validate(request.event(), request.subject(), request.body());
        TemplateRenderer.Rendered rendered = TemplateRenderer.render(request.subject(), request.body(),
                TemplateRenderer.example(request.language()));
        return new NotificationPreview(rendered.subject(), rendered.text(), rendered.html());
    }

    /** The organisation's own text, else the built-in one. */
    NotificationTemplate template(long organisationId, NotificationEvent event, String language) {
        Optional<NotificationTemplate> custom = jdbc.one("SELECT subject, body FROM notification_template WHERE "
                + "organisation_id = ? AND event = ? AND language = ?", rs -> new NotificationTemplate(event, language,
                        rs.getString(1), rs.getString(2), true, event.placeholders()), organisationId, event.name(),
                language);
        return custom.orElseGet(() -> {
            BuiltInTemplates.Text text = BuiltInTemplates.of(event, language);
            return new NotificationTemplate(event, language, text.subject(), text.body(), false, event.placeholders());
        });
    }

    /** The event of a template path; an unknown one (or language) names no template: 404. */
    private static NotificationEvent event(String name, String language) {
        try {
            NotificationEvent event = NotificationEvent.valueOf(name);
            if (TemplateRenderer.languages().contains(language)) {
                return event;
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new ProblemException(ErrorCode.NOT_FOUND, "There is no notification template " + clip(name) + "/"
                + clip(language) + ": the events are " + List.of(NotificationEvent.values()) + ", the languages nl"
                + " and en.");
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
