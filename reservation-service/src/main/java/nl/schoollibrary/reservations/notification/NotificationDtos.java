package nl.schoollibrary.reservations.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.schoollibrary.reservations.common.FreeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API model of mails to parents: rules (which events mail), templates (what the mail says), a student's view. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    /** Where the rule in force comes from. */
    public enum RuleSource {
        DEFAULT, ORGANISATION, SCHOOL
    }

    @Schema(name = "NotificationRules", description = "Which events send a mail to a student's parent: the rules in "
            + "force for an organisation, or for a school (its override, else the organisation's, else the default)")
    public record NotificationRules(
            @Schema(required = true) long organisationId,
            @Schema(description = "The school, when these are the rules in force for its students") Long schoolId,
            @Schema(description = "All five events, always in the same order", required = true)
            List<NotificationRule> rules) {
    }

    @Schema(name = "NotificationRule", description = "The rule in force for one event")
    public record NotificationRule(
            @Schema(required = true) NotificationEvent event,
            @Schema(required = true) boolean enabled,
            @Schema(description = "PICKUP_REMINDER only: the reminder goes this many open days of the pickup location "
                    + "before the pickup-by date", minimum = "1", maximum = "10") Integer reminderOpenDays,
            @Schema(description = "DEFAULT (no rule set), ORGANISATION (the organisation's rule) or SCHOOL (the "
                    + "school's override)", required = true) RuleSource source) {
    }

    @Schema(name = "NotificationRulesChange", description = "Set rules of an organisation (schoolId absent) or the "
            + "overrides of one of its schools")
    public record NotificationRulesChange(
            @Schema(description = "Required for administrators; others: their own (may be left out)") @Positive
            Long organisationId,
            @Schema(description = "The school whose overrides these are; absent: the organisation's rules") @Positive
            Long schoolId,
            @Schema(description = "1 to 5 rules, each event at most once", required = true) @NotNull
            @Size(min = 1, max = 5) List<@NotNull @Valid NotificationRuleChange> rules) {
    }

    @Schema(name = "NotificationRuleChange", description = "One event's rule")
    public record NotificationRuleChange(
            @Schema(required = true) @NotNull NotificationEvent event,
            @Schema(description = "On or off; null removes the rule (a school inherits the organisation's, an "
                    + "organisation gets the default)") Boolean enabled,
            @Schema(description = "PICKUP_REMINDER only (1 to 10); absent: unchanged", minimum = "1", maximum = "10")
            @Min(1) @Max(10) Integer reminderOpenDays) {
    }

    @Schema(name = "NotificationTemplate", description = "The mail of one event in one language: the organisation's "
            + "own text (custom) or the built-in one")
    public record NotificationTemplate(
            @Schema(required = true) NotificationEvent event,
            @Schema(enumeration = {"nl", "en"}, required = true) String language,
            @Schema(example = "'{{title}}' ligt klaar", required = true) String subject,
            @Schema(description = "Plain text with {{placeholders}}; a blank line starts a new paragraph",
                    required = true) String body,
            @Schema(description = "The organisation's own text (false: the built-in text)", required = true)
            boolean custom,
            @Schema(description = "The placeholders this event's template may use", required = true)
            List<String> placeholders) {
    }

    @Schema(name = "NotificationTemplateText", description = "The organisation's own text of a mail")
    public record NotificationTemplateText(
            @Schema(minLength = 1, maxLength = 200, required = true) @NotBlank @Size(max = 200) String subject,
            @Schema(minLength = 1, maxLength = 5000, required = true) @NotBlank @Size(max = 5000) @FreeText
            String body) {
    }

    @Schema(name = "NotificationTemplatePreviewRequest", description = "A template to render with example data")
    public record NotificationTemplatePreviewRequest(
            @Schema(description = "The organisation whose template this is (checked against your scope)") @Positive
            Long organisationId,
            @Schema(required = true) @NotNull NotificationEvent event,
            @Schema(enumeration = {"nl", "en"}, required = true) @NotNull @Pattern(regexp = "nl|en") String language,
            @Schema(minLength = 1, maxLength = 200, required = true) @NotBlank @Size(max = 200) String subject,
            @Schema(minLength = 1, maxLength = 5000, required = true) @NotBlank @Size(max = 5000) @FreeText
            String body) {
    }

    @Schema(name = "NotificationPreview", description = "A mail as it would go out, with example data")
    public record NotificationPreview(
            @Schema(required = true) String subject,
            @Schema(description = "The plain text part", required = true) String text,
            @Schema(description = "The HTML part (every value and the template text escaped)", required = true)
            String html) {
    }

    @Schema(name = "MyNotifications", description = "The mails the parent of the logged-in student gets")
    public record MyNotifications(
            @Schema(description = "The language of the mails (and of the portal)", enumeration = {"nl", "en"},
                    required = true) String language,
            @Schema(description = "The parent's address, masked; none: the school has no address (or no consent), "
                    + "so no mails go out", example = "m•••@example.nl") String parentEmail,
            @Schema(description = "When the parent gave consent") Instant consentAt,
            @Schema(description = "The rules in force for the student's school", required = true)
            List<MyNotificationEvent> events) {
    }

    @Schema(name = "MyNotificationEvent")
    public record MyNotificationEvent(
            @Schema(required = true) NotificationEvent event,
            @Schema(required = true) boolean enabled,
            Integer reminderOpenDays) {
    }

    @Schema(name = "LanguageChange", description = "The student's language")
    public record LanguageChange(
            @Schema(enumeration = {"nl", "en"}, required = true) @NotNull @Pattern(regexp = "nl|en") String language) {
    }
}
