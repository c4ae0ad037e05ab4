package nl.schoollibrary.reservations.webhook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * The domain event types a webhook endpoint may subscribe to: the lifecycle of reservations and loans, as the event
 * feed ({@code GET /api/events}) shows them. Other events (setup, accounts, imports) stay on the feed only.
 */
public final class WebhookEventTypes {

    /** In the order the API lists them. */
    public static final List<String> ALL = List.of("ReservationPlaced", "ReservationReady",
            "ReservationPickupReminder", "ReservationPickupByMoved", "ReservationInTransit", "ReservationFulfilled",
            "ReservationExpired", "ReservationCancelled", "ReservationClosedNotNeeded", "ReservationReleased",
            "ReservationMoved", "CopyReservationPlaced", "LoanCreated", "LoanReturned");

    /** The type of the test call of {@code POST /api/webhook-endpoints/{id}/ping} (never a delivery). */
    public static final String PING = "WebhookPing";

    private WebhookEventTypes() {
    }

    /**
     * The requested types without repeats, in the order of {@link #ALL}; an unknown one is VALIDATION_FAILED on the
     * field {@code eventTypes}.
     */
    public static List<String> checked(List<String> requested) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String type : requested) {
            if (type == null || !ALL.contains(type)) {
                throw ProblemException.invalid("eventTypes", "unknown event type " + type + "; see GET "
                        + "/api/webhook-event-types");
            }
            wanted.add(type);
        }
        List<String> ordered = new ArrayList<>();
        for (String type : ALL) {
            if (wanted.contains(type)) {
                ordered.add(type);
            }
        }
        return List.copyOf(ordered);
    }
}
