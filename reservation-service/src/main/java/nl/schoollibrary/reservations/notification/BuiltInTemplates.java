package nl.schoollibrary.reservations.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The built-in text of every mail, in Dutch and English: what a parent gets while the organisation has not written
 * its own. The texts are in {@code notification/templates_nl.properties} and {@code templates_en.properties} (UTF-8),
 * where they can be read and changed as text; placeholders as {@link NotificationEvent#placeholders()}.
 */
final class BuiltInTemplates {

    /** A subject and body with placeholders. */
    record Text(String subject, String body) {
    }

    private static final Map<NotificationEvent, Text> NL = load("nl");
    private static final Map<NotificationEvent, Text> EN = load("en");

    private BuiltInTemplates() {
    }

    static Text of(NotificationEvent event, String language) {
        return ("en".equals(language) ? EN : NL).get(event);
    }

    /** Every event's subject and body in the language; a missing one stops the service at start, not a mail later. */
    private static Map<NotificationEvent, Text> load(String language) {
        String name = "notification/templates_" + language + ".properties";
        Properties texts = new Properties();
        try (InputStream in = BuiltInTemplates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<NotificationEvent, Text> byEvent = new EnumMap<>(NotificationEvent.class);
        for (NotificationEvent event : NotificationEvent.values()) {
            String subject = texts.getProperty(event.name() + ".subject");
            String body = texts.getProperty(event.name() + ".body");
            if (subject == null || body == null) {
                throw new IllegalStateException(name + " has no subject or body for " + event);
            }
            byEvent.put(event, new Text(subject, body));
        }
        return Map.copyOf(byEvent);
    }
}
