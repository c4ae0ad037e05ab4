package nl.schoollibrary.reservations.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.mailencoder.MailEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.delivery.ClaimedDelivery;
import nl.schoollibrary.reservations.delivery.DeliveryChannel;
import nl.schoollibrary.reservations.delivery.Outcome;
import org.jboss.logging.Logger;

/**
 * Mails to a student's parent (channel {@code EMAIL}). At send time it reads what the mail needs, so a delivery row
 * holds no personal data: the student (still active, the parent's address still there, else the delivery is skipped),
 * the reservation (not anonymised: title, pickup location, pickup-by date, the reason of a cancellation) and the
 * template (the organisation's own, else the built-in one, in the student's language). It renders it
 * ({@link TemplateRenderer}: text and HTML, every value escaped) and sends it by {@code reservation.mail.mode}:
 * {@code smtp} through Quarkus' {@link ReactiveMailer} (the {@code quarkus.mailer.*} settings; at most
 * {@code reservation.mail.timeout}), {@code folder} as an .eml file in {@code reservation.mail.folder} (no mail server
 * needed), {@code log} in the log. The mode decides alone:
 * in folder and log mode the mailer is never called. Every mail has {@code Message-ID: <delivery-{id}@schoolbieb>}
 * (the same on a retry, so a receiver can drop a doubled one) and {@code Auto-Submitted: auto-generated}.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    private static final Logger LOG = Logger.getLogger(EmailChannel.class);

    @Inject Jdbc jdbc;
    @Inject ReactiveMailer mailer;
    @Inject NotificationTemplateService templates;
    @Inject AppConfig config;
    @Inject ObjectMapper json;

    /** What the mail of one delivery needs, read when it is sent. */
    private record Facts(boolean active, String parentEmail, String language, String firstName, long organisationId,
            boolean reservationKept, String title, String location, LocalDate pickupBy, String closeReason) {
    }

    /** A rendered mail for one address. */
    record Message(String messageId, String to, String subject, String text, String html) {
    }

    @Override
    public String channel() {
        return "EMAIL";
    }

    @Override
    public Outcome send(ClaimedDelivery delivery) {
        try {
            NotificationEvent event;
            try {
                event = NotificationEvent.valueOf(String.valueOf(delivery.notification()));
            } catch (IllegalArgumentException e) {
                return Outcome.skipped("Not a mail notification: " + delivery.notification());
            }
            if (delivery.patronId() == null) {
                return Outcome.skipped("No student");
            }
            Optional<Facts> found = facts(delivery.patronId(), delivery.event().aggregateId());
            if (found.isEmpty()) {
                return Outcome.skipped("The student no longer exists");
            }
            Facts facts = found.get();
            if (!facts.active()) {
                return Outcome.skipped("The student is no longer active");
            }
            if (facts.parentEmail() == null) {
                return Outcome.skipped("No parent address (any more): no consent");
            }
            if (!facts.reservationKept()) {
                return Outcome.skipped("The reservation was anonymised");
            }
            Message message = render(delivery, event, facts);
            return switch (config.mail().mode().strip().toLowerCase(Locale.ROOT)) {
                case "smtp" -> smtp(message);
                case "log" -> log(message);
                default -> folder(message);
            };
        } catch (RuntimeException e) {
            LOG.warnf(e, "Mail of delivery %d failed", delivery.id());
            return Outcome.retry(null, clip(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Optional<Facts> facts(long patronId, long reservationId) {
        return jdbc.one("""
                SELECT p.active, p.parent_email, p.language, p.first_name, s.organisation_id,
                       r.id IS NOT NULL AND r.anonymised_at IS NULL AND r.patron_id = p.id AS kept,
                       t.title, l.name AS location, r.pickup_by, r.close_reason
                  FROM patron p
                  JOIN school s ON s.id = p.school_id
                  LEFT JOIN reservation r ON r.id = ?
                  LEFT JOIN title t ON t.id = r.title_id
                  LEFT JOIN location l ON l.id = r.pickup_location_id
                 WHERE p.id = ?""", rs -> new Facts(rs.getBoolean("active"), rs.getString("parent_email"),
                rs.getString("language"), rs.getString("first_name"), rs.getLong("organisation_id"),
                rs.getBoolean("kept"), rs.getString("title"), rs.getString("location"),
                rs.getObject("pickup_by", LocalDate.class), rs.getString("close_reason")), reservationId, patronId);
    }

    private Message render(ClaimedDelivery delivery, NotificationEvent event, Facts facts) {
        String language = facts.language() == null ? "nl" : facts.language();
        Map<String, String> values = new HashMap<>();
        values.put("studentFirstName", facts.firstName() == null ? "" : facts.firstName());
        values.put("title", facts.title());
        values.put("location", facts.location());
        LocalDate pickupBy = facts.pickupBy();
        JsonNode payload = payload(delivery.event().payloadJson());
        if (event == NotificationEvent.PICKUP_REMINDER && payload.hasNonNull("pickupBy")) {
            pickupBy = LocalDate.parse(payload.get("pickupBy").asText());
        }
        values.put("pickupBy", TemplateRenderer.date(pickupBy, language));
        values.put("openDaysLeft", payload.hasNonNull("openDaysLeft") ? payload.get("openDaysLeft").asText() : "");
        values.put("reason", facts.closeReason() == null ? "" : facts.closeReason());
        var template = templates.template(facts.organisationId(), event, language);
        TemplateRenderer.Rendered rendered = TemplateRenderer.render(template.subject(), template.body(), values);
        return new Message(messageId(delivery.id()), facts.parentEmail(), rendered.subject(), rendered.text(),
                rendered.html());
    }

    /** The Message-ID of a delivery's mail, the same on every attempt. */
    static String messageId(long deliveryId) {
        return "<delivery-" + deliveryId + "@schoolbieb>";
    }

    private JsonNode payload(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private Outcome smtp(Message message) {
        Mail mail = Mail.withText(message.to(), message.subject(), message.text()).setHtml(message.html())
                .setFrom(config.mail().from())
                .addHeader("Message-ID", message.messageId())
                .addHeader("Auto-Submitted", "auto-generated");
        try {
            mailer.send(mail).await().atMost(config.mail().timeout());
            return Outcome.delivered(250);
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            if (smtp != null) {
                return Outcome.retry(smtp.getReplyCode(), clip("SMTP " + smtp.getReplyCode() + ": "
                        + smtp.getReplyMessage()));
            }
            if (e instanceof io.smallrye.mutiny.TimeoutException) {
                return Outcome.retry(null, "SMTP: no answer within " + config.mail().timeout().toSeconds() + "s");
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return Outcome.retry(null, clip("SMTP: " + root.getClass().getSimpleName() + ": " + root.getMessage()));
        }
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    /** Writes the mail as {@code delivery-{id}.eml} (replaced on a retry), through a temporary file. */
    private Outcome folder(Message message) {
        return folder(message, Path.of(config.mail().folder()));
    }

    Outcome folder(Message message, Path folder) {
        try {
            Files.createDirectories(folder);
            String name = message.messageId().substring(1, message.messageId().indexOf('@')) + ".eml";
            Path temp = Files.createTempFile(folder, "delivery-", ".tmp");
            Files.writeString(temp, eml(message), StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Outcome.delivered(null);
        } catch (IOException e) {
            return Outcome.retry(null, clip("Mail folder: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The mail as MIME text (multipart text and HTML), as the SMTP mode would send it. */
    String eml(Message message) {
        MailMessage mail = new MailMessage().setFrom(config.mail().from()).setTo(message.to())
                .setSubject(message.subject()).setText(message.text()).setHtml(message.html())
                .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", message.messageId())
                        .add("Auto-Submitted", "auto-generated"));
        return new MailEncoder(mail, "schoolbieb").encode();
    }

    private Outcome log(Message message) {
        LOG.infof("Mail %s to %s: %s%n%s", message.messageId(), StudentNotifications.mask(message.to()),
                message.subject(), message.text());
        return Outcome.delivered(null);
    }

    private static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
