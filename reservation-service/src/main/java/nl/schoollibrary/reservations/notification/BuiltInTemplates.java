package nl.schoollibrary.reservations.notification;

import java.util.Map;

/**
 * The built-in text of every mail, in Dutch and English: what a parent gets while the organisation has not written
 * its own. Short and warm, written for a parent; placeholders as {@link NotificationEvent#placeholders()}.
 */
final class BuiltInTemplates {

    /** A subject and body with placeholders. */
    record Text(String subject, String body) {
    }

    private static final String NL_END = "\n\nVeel leesplezier!\nDe schoolbibliotheek";
    private static final String EN_END = "\n\nHappy reading!\nThe school library";

    private static final Map<NotificationEvent, Text> NL = Map.of(
            NotificationEvent.RESERVATION_PLACED, new Text("{{studentFirstName}} heeft '{{title}}' gereserveerd",
                    "Beste ouder of verzorger,\n\n{{studentFirstName}} heeft het boek '{{title}}' gereserveerd. "
                            + "Zodra het klaarligt in {{location}}, laten we het je weten." + NL_END),
            NotificationEvent.RESERVATION_READY, new Text("'{{title}}' ligt klaar voor {{studentFirstName}}",
                    "Beste ouder of verzorger,\n\nHet boek '{{title}}' ligt klaar voor {{studentFirstName}} in "
                            + "{{location}}. Ophalen kan tot en met {{pickupBy}}." + NL_END),
            NotificationEvent.PICKUP_REMINDER, new Text("Nog even: '{{title}}' ligt klaar",
                    "Beste ouder of verzorger,\n\nHet boek '{{title}}' ligt nog klaar voor {{studentFirstName}} in "
                            + "{{location}}. Ophalen kan tot en met {{pickupBy}}; daarna gaat het boek naar de "
                            + "volgende lezer." + NL_END),
            NotificationEvent.RESERVATION_EXPIRED, new Text("'{{title}}' is niet opgehaald",
                    "Beste ouder of verzorger,\n\nHet boek '{{title}}' lag tot en met {{pickupBy}} klaar voor "
                            + "{{studentFirstName}} in {{location}}, maar is niet opgehaald. De reservering is daarom "
                            + "vervallen. {{studentFirstName}} kan het boek altijd opnieuw reserveren." + NL_END),
            NotificationEvent.RESERVATION_CANCELLED, new Text("Reservering van '{{title}}' geannuleerd",
                    "Beste ouder of verzorger,\n\nDe bibliotheek heeft de reservering van {{studentFirstName}} voor "
                            + "het boek '{{title}}' geannuleerd. De reden: {{reason}}\n\nVragen? Loop gerust even "
                            + "binnen bij {{location}}." + NL_END));

    private static final Map<NotificationEvent, Text> EN = Map.of(
            NotificationEvent.RESERVATION_PLACED, new Text("{{studentFirstName}} reserved '{{title}}'",
                    "Dear parent or carer,\n\n{{studentFirstName}} has reserved the book '{{title}}'. We will let you "
                            + "know as soon as it is ready at {{location}}." + EN_END),
            NotificationEvent.RESERVATION_READY, new Text("'{{title}}' is ready for {{studentFirstName}}",
                    "Dear parent or carer,\n\nThe book '{{title}}' is ready for {{studentFirstName}} at {{location}}. "
                            + "It can be picked up until {{pickupBy}}." + EN_END),
            NotificationEvent.PICKUP_REMINDER, new Text("A reminder: '{{title}}' is waiting",
                    "Dear parent or carer,\n\nThe book '{{title}}' is still waiting for {{studentFirstName}} at "
                            + "{{location}}. It can be picked up until {{pickupBy}}; after that it goes to the next "
                            + "reader." + EN_END),
            NotificationEvent.RESERVATION_EXPIRED, new Text("'{{title}}' was not picked up",
                    "Dear parent or carer,\n\nThe book '{{title}}' was ready for {{studentFirstName}} at {{location}} "
                            + "until {{pickupBy}}, but was not picked up, so the reservation has ended. "
                            + "{{studentFirstName}} is welcome to reserve it again." + EN_END),
            NotificationEvent.RESERVATION_CANCELLED, new Text("Reservation of '{{title}}' cancelled",
                    "Dear parent or carer,\n\nThe library has cancelled {{studentFirstName}}'s reservation of the book "
                            + "'{{title}}'. The reason: {{reason}}\n\nAny questions? You are welcome to drop by at "
                            + "{{location}}." + EN_END));

    private BuiltInTemplates() {
    }

    static Text of(NotificationEvent event, String language) {
        return ("en".equals(language) ? EN : NL).get(event);
    }
}
