package nl.schoollibrary.reservations.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.schoollibrary.reservations.integration.IntegrationDtos.EventView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of webhooks: the endpoints of integration clients, their one-time secrets, a test call, the body. */
public final class WebhookDtos {

    /**
     * The longest URL text a request may carry at all (VALIDATION_FAILED beyond it, as for every text field); the rule
     * for a URL, at most 2000 characters, is {@link WebhookUrls}'s (WEBHOOK_URL_INVALID).
     */
    static final int MAX_URL_INPUT = 8192;

    private WebhookDtos() {
    }

    @Schema(name = "WebhookEndpoint", description = "Where an integration client receives signed events (the secret is"
            + " never shown here)")
    public record EndpointView(
            @Schema(required = true) long id,
            @Schema(description = "The integration client (its id as in GET /api/integration-clients)", required = true)
            long clientId,
            @Schema(required = true) String clientName,
            @Schema(example = "https://sis.example.nl/hooks/bieb", required = true) String url,
            String description,
            @Schema(description = "The event types it receives", example = "[\"ReservationReady\"]", required = true)
            List<String> eventTypes,
            @Schema(description = "false: deactivated, receives nothing", required = true) boolean active,
            @Schema(description = "Set when deliveries stopped after failures in a row; resume to continue") Instant pausedAt,
            String pauseReason,
            @Schema(description = "Failed attempts in a row", required = true) int consecutiveFailures,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "Deliveries waiting to be sent (or retried)", required = true) long pendingDeliveries,
            @Schema(description = "Deliveries given up after the last retry", required = true) long failedDeliveries) {
    }

    @Schema(name = "NewWebhookEndpoint")
    public record NewEndpoint(
            @Schema(description = "The integration client (administrators; a client leaves it out or gives its own)")
            @Positive Long clientId,
            @Schema(description = "Absolute https URL without user name or password, at most 2000 characters",
                    example = "https://sis.example.nl/hooks/bieb", required = true)
            @NotNull @Size(max = MAX_URL_INPUT) String url,
            @Schema(example = "Leerlingadministratie: uitleen en reserveringen") @Size(max = 200) String description,
            @Schema(description = "Event types to receive (GET /api/webhook-event-types)", required = true)
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Size(max = 60) String> eventTypes) {
    }

    @Schema(name = "WebhookEndpointPatch", description = "Fields left out (or null) stay as they are; an empty "
            + "description removes it")
    public record EndpointPatch(
            @Schema(description = "Absolute https URL without user name or password, at most 2000 characters")
            @Size(max = MAX_URL_INPUT) String url,
            @Size(max = 200) String description,
            @Size(min = 1, max = 50) List<@NotNull @Size(max = 60) String> eventTypes,
            @Schema(description = "false deactivates (nothing is sent; pending deliveries are skipped), true activates")
            Boolean active) {
    }

    @Schema(name = "WebhookEndpointSecret", description = "The signing secret is shown once; store it safely")
    public record EndpointSecret(
            @Schema(required = true) EndpointView endpoint,
            @Schema(description = "whsec_ followed by base64 of 32 random bytes (Standard Webhooks)",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", required = true) String secret) {
    }

    @Schema(name = "WebhookPingResult", description = "How the test call went")
    public record PingResult(
            @Schema(description = "The endpoint answered 2xx", required = true) boolean delivered,
            @Schema(description = "The HTTP status, when there was an answer") Integer statusCode,
            @Schema(description = "What went wrong (timeout, connection refused, a status other than 2xx)") String error,
            @Schema(required = true) long durationMs) {
    }

    /**
     * The body of every webhook call: the event's type and time, and the event exactly as the feed shows it.
     *
     * @param timestamp when the event happened (the same on every attempt)
     */
    public record Body(String type, Instant timestamp, Object data) {

        public static Body of(EventView event) {
            return new Body(event.type(), event.occurredAt(), event);
        }
    }
}
