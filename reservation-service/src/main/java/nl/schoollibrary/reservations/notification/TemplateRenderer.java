package nl.schoollibrary.reservations.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * Templates: plain text with {@code {{placeholder}}}s. {@link #validate} refuses an unknown placeholder or an
 * unclosed {@code {{}; {@link #render} makes the subject, the text part (values put in) and the HTML part (the
 * template's text and every value HTML-escaped, a blank line a new paragraph, a line break a {@code <br>}): no HTML
 * from a template or a value ever reaches a mail unescaped.
 */
final class TemplateRenderer {

    /** A rendered mail. */
    record Rendered(String subject, String text, String html) {
    }

    private static final Map<String, Locale> LOCALES = Map.of("nl", Locale.forLanguageTag("nl-NL"), "en",
            Locale.forLanguageTag("en-GB"));

    private TemplateRenderer() {
    }

    /** The pickup-by date written out in the language, e.g. "vrijdag 11 december" or "Friday 11 December". */
    static String date(LocalDate date, String language) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM", LOCALES.getOrDefault(language,
                LOCALES.get("nl"))).format(date);
    }

    /** Refuses (400 TEMPLATE_INVALID) a placeholder the event does not have, or an unclosed {@code {{}. */
    static void validate(NotificationEvent event, String subject, String body) {
        check(event, "subject", subject);
        check(event, "body", body);
    }

    private static void check(NotificationEvent event, String field, String template) {
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                return;
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                throw invalid(field + ": '{{' at position " + (open + 1) + " is not closed with '}}'.");
            }
            String name = template.substring(open + 2, close).strip();
            if (!event.placeholders().contains(name)) {
                throw invalid(field + ": unknown placeholder {{" + shorten(name) + "}}; " + event.name()
                        + " has " + String.join(", ", event.placeholders().stream().map(p -> "{{" + p + "}}")
                        .toList()) + ".");
            }
            at = close + 2;
        }
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ErrorCode.TEMPLATE_INVALID, "The template is not valid: " + detail);
    }

    /** Renders a valid template with the values (a missing value is empty). */
    static Rendered render(String subject, String body, Map<String, String> values) {
        String renderedSubject = fill(subject, values, false).replaceAll("[\\r\\n\\t]+", " ").strip();
        String text = fill(body, values, false);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            String filled = fill(paragraph.strip(), values, true);
            html.append("<p>").append(filled.replaceAll("\\R", "<br>\n")).append("</p>\n");
        }
        html.append("</body></html>");
        return new Rendered(renderedSubject, text, html.toString());
    }

    private static String fill(String template, Map<String, String> values, boolean escape) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (close < 0) {
                out.append(escape ? escape(template.substring(at)) : template.substring(at));
                return out.toString();
            }
            String literal = template.substring(at, open);
            String value = values.getOrDefault(template.substring(open + 2, close).strip(), "");
            out.append(escape ? escape(literal) : literal).append(escape ? escape(value) : value);
            at = close + 2;
        }
    }

    /** HTML-escapes text (element content and attribute values alike). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Example values for a preview: the title has markup in it, to show that it is escaped. */
    static Map<String, String> example(String language) {
        boolean en = "en".equals(language);
        return Map.of("studentFirstName", "Sanne", "title", "De <b>Gruffalo</b>",
                "location", en ? "School library De Zon" : "Schoolbibliotheek De Zon",
                "pickupBy", date(LocalDate.of(2026, 12, 11), language), "openDaysLeft", "1",
                "reason", en ? "The book is damaged." : "Het boek is beschadigd.");
    }

    static List<String> languages() {
        return List.of("nl", "en");
    }
}
