package nl.schoollibrary.reservations.delivery;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The delivery log: what went out to parents and school systems, with every attempt. No personal data. */
public final class DeliveryDtos {

    private DeliveryDtos() {
    }

    public enum Channel {
        EMAIL, WEBHOOK
    }

    public enum DeliveryStatus {
        /** Waiting for its (next) attempt, or for an earlier delivery of the same reservation, or a paused endpoint. */
        PENDING,
        /** Accepted by the receiver: never sent again. */
        DELIVERED,
        /** Given up after the last attempt of the retry schedule; can be sent again by hand. */
        FAILED,
        /** Nothing to send any more (consent withdrawn, endpoint deactivated, reservation anonymised). */
        SKIPPED
    }

    @Schema(name = "Delivery", description = "A mail to a parent or a webhook call, derived from one domain event")
    public record Delivery(
            @Schema(required = true) long id,
            @Schema(required = true) Channel channel,
            @Schema(required = true) DeliveryStatus status,
            @Schema(required = true, description = "The domain event (its id is the receiver's idempotency key)")
            long eventId,
            @Schema(required = true, example = "ReservationReady") String eventType,
            @Schema(required = true, example = "RESERVATION") String aggregateType,
            @Schema(required = true) long aggregateId,
            @Schema(description = "What the mail is about (EMAIL)", example = "RESERVATION_READY") String notification,
            @Schema(description = "The webhook endpoint (WEBHOOK)") Long endpointId,
            @Schema(description = "The webhook endpoint's URL (WEBHOOK)") String endpointUrl,
            @Schema(description = "The endpoint is paused: its deliveries wait until it is resumed")
            Boolean endpointPaused,
            @Schema(required = true, description = "Attempts made so far") int attempts,
            @Schema(description = "When the next attempt is due (PENDING)") Instant nextAttemptAt,
            @Schema(required = true) Instant createdAt,
            Instant deliveredAt,
            @Schema(description = "Why the last attempt failed, or why it was skipped") String lastError) {
    }

    @Schema(name = "DeliveryAttempt")
    public record Attempt(
            @Schema(required = true, description = "1 for the first attempt") int attempt,
            @Schema(required = true) Instant attemptedAt,
            @Schema(required = true) int durationMs,
            @Schema(required = true) boolean succeeded,
            @Schema(description = "HTTP status of the receiver, or the SMTP reply code") Integer statusCode,
            String error) {
    }

    @Schema(name = "DeliveryDetail", description = "A delivery with the log of its attempts")
    public record DeliveryDetail(
            @Schema(required = true) Delivery delivery,
            @Schema(required = true) List<Attempt> attemptLog) {
    }

    @Schema(name = "DeliveryPage", description = "Deliveries newest first; ask the next page with before=nextBefore")
    public record DeliveryPage(
            @Schema(required = true) List<Delivery> items,
            @Schema(description = "Absent on the last page") Long nextBefore) {
    }
}
