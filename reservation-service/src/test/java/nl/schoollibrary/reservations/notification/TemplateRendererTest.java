package nl.schoollibrary.reservations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.junit.jupiter.api.Test;

/** The template check and the renderer: placeholders, escaping, paragraphs, dates in the language. */
class TemplateRendererTest {

    @Test
    void every_built_in_text_uses_only_its_events_placeholders() {
        for (NotificationEvent event : NotificationEvent.values()) {
            for (String language : TemplateRenderer.languages()) {
                BuiltInTemplates.Text text = BuiltInTemplates.of(event, language);
                TemplateRenderer.validate(event, text.subject(), text.body());
                assertThat(text.body()).contains("{{title}}").contains("{{studentFirstName}}");
            }
        }
    }

    @Test
    void unknown_placeholders_and_unclosed_braces_are_template_invalid() {
        assertThatThrownBy(() -> TemplateRenderer.validate(NotificationEvent.RESERVATION_READY, "x", "{{reason}}"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo(ErrorCode.TEMPLATE_INVALID));
        assertThatThrownBy(() -> TemplateRenderer.validate(NotificationEvent.RESERVATION_READY, "{{title", "x"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> TemplateRenderer.validate(NotificationEvent.RESERVATION_CANCELLED, "x",
                "{{ pickupBy }}")).isInstanceOf(ProblemException.class);
        TemplateRenderer.validate(NotificationEvent.RESERVATION_CANCELLED, "{{ title }}", "{{reason}} }} {");
    }

    @Test
    void values_and_template_text_are_escaped_in_the_html_and_blank_lines_make_paragraphs() {
        TemplateRenderer.Rendered rendered = TemplateRenderer.render("Over {{title}}\r\nBcc: x",
                "Hallo <i>ouder</i>,\n\n{{title}} & meer\nregel 2\n\n\nEinde",
                Map.of("title", "<script>alert(1)</script>\"'"));
        assertThat(rendered.subject()).isEqualTo("Over <script>alert(1)</script>\"' Bcc: x");
        assertThat(rendered.text()).contains("<script>alert(1)</script>\"' & meer");
        assertThat(rendered.html()).contains("<p>Hallo &lt;i&gt;ouder&lt;/i&gt;,</p>")
                .contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; &amp; meer<br>\nregel 2</p>")
                .contains("<p>Einde</p>").doesNotContain("<script>").doesNotContain("<i>");
    }

    @Test
    void the_pickup_by_date_is_written_out_in_the_language() {
        assertThat(TemplateRenderer.date(LocalDate.of(2026, 12, 11), "nl")).isEqualTo("vrijdag 11 december");
        assertThat(TemplateRenderer.date(LocalDate.of(2026, 12, 11), "en")).isEqualTo("Friday 11 December");
    }

    @Test
    void a_parent_address_is_masked_for_the_student() {
        assertThat(StudentNotifications.mask("moeder@example.nl")).isEqualTo("m•••@example.nl");
        assertThat(StudentNotifications.mask(null)).isNull();
    }
}
