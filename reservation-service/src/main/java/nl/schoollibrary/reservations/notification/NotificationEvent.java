package nl.schoollibrary.reservations.notification;

import java.util.List;

/**
 * What a mail to a student's parent is about; the names are those of the API, of {@code notification_rule.event} and
 * of {@code delivery.notification}. Each has its placeholders (the values a template may use).
 */
public enum NotificationEvent {
    RESERVATION_PLACED(List.of("studentFirstName", "title", "location")),
    RESERVATION_READY(List.of("studentFirstName", "title", "location", "pickupBy")),
    PICKUP_REMINDER(List.of("studentFirstName", "title", "location", "pickupBy", "openDaysLeft")),
    RESERVATION_EXPIRED(List.of("studentFirstName", "title", "location", "pickupBy")),
    RESERVATION_CANCELLED(List.of("studentFirstName", "title", "location", "reason"));

    private final List<String> placeholders;

    NotificationEvent(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** The placeholders a template of this event may use, as {@code {{name}}}. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The event names, in this order (for SQL). */
    static String[] names() {
        return java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
