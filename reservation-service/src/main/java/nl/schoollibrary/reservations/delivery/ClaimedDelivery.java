package nl.schoollibrary.reservations.delivery;

import java.time.Instant;

/**
 * A delivery this instance holds the claim of, with the domain event it is derived from.
 *
 * @param id the delivery id: the mail's Message-ID is made from it
 * @param channel {@code EMAIL} or {@code WEBHOOK}
 * @param endpointId the webhook endpoint (WEBHOOK only)
 * @param notification what the mail is about, e.g. {@code RESERVATION_READY} (EMAIL only)
 * @param patronId the student whose parent gets the mail (EMAIL only)
 * @param attempt the number of this attempt (1 for the first)
 * @param event the domain event, as {@code GET /api/events} shows it
 */
public record ClaimedDelivery(long id, String channel, Long endpointId, String notification, Long patronId, int attempt,
        Event event) {

    /**
     * The event as the feed shows it (payload as JSON text). The event id is the receiver's idempotency key: the
     * {@code webhook-id} of every attempt of the same delivery.
     */
    public record Event(long id, Instant occurredAt, String type, String aggregateType, long aggregateId,
            Long organisationId, Long schoolId, String payloadJson) {
    }
}
