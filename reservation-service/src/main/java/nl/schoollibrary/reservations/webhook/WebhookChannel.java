package nl.schoollibrary.reservations.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.delivery.ClaimedDelivery;
import nl.schoollibrary.reservations.delivery.DeliveryChannel;
import nl.schoollibrary.reservations.delivery.Outcome;
import nl.schoollibrary.reservations.integration.IntegrationReads;
import nl.schoollibrary.reservations.webhook.WebhookDtos.Body;
import org.jboss.logging.Logger;

/**
 * The {@code WEBHOOK} channel: a signed POST of the event to the endpoint (Standard Webhooks headers, see
 * {@link WebhookSignature}). The body is the event exactly as the feed shows it, through the feed's own mapping
 * ({@link IntegrationReads#event}). A 2xx answer is delivered; anything else (another status, a redirect, which is
 * never followed, a timeout, a refused connection) is a retry with the status and a short reason. A host that resolves
 * to an address the service does not call ({@link WebhookUrls#refusedHost}) is not called: a retry with that reason.
 * An endpoint that is gone, deactivated, of a disabled client or no longer subscribed to the type is skipped.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    public static final String CHANNEL = "WEBHOOK";
    static final String USER_AGENT = "schoolbieb-webhooks/1";
    private static final Logger LOG = Logger.getLogger(WebhookChannel.class);
    private static final int MAX_ERROR = 300;

    /** How one call went. */
    record Call(boolean delivered, Integer statusCode, String error, long durationMs) {
    }

    @Inject WebhookReads reads;
    @Inject IntegrationReads events;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;
    @Inject AppConfig config;

    private volatile HttpClient client;

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Outcome send(ClaimedDelivery delivery) {
        try {
            if (delivery.endpointId() == null) {
                return Outcome.skipped("no endpoint");
            }
            WebhookReads.Target target = reads.target(delivery.endpointId()).orElse(null);
            if (target == null) {
                return Outcome.skipped("endpoint deleted");
            }
            if (!target.active()) {
                return Outcome.skipped("endpoint deactivated");
            }
            if (!target.eventTypes().contains(delivery.event().type())) {
                return Outcome.skipped("endpoint no longer subscribed to " + delivery.event().type());
            }
            if (target.pausedAt() != null) {
                // The dispatcher claims no delivery of a paused endpoint; should one come here anyway, it is not sent.
                return Outcome.retry(null, "endpoint paused");
            }
            ClaimedDelivery.Event e = delivery.event();
            String body = json(Body.of(events.event(e.id(), e.occurredAt(), e.type(), e.aggregateType(),
                    e.aggregateId(), e.schoolId(), e.payloadJson())));
            Call call = post(target.url(), target.secret(), "evt_" + e.id(), body);
            return call.delivered() ? Outcome.delivered(call.statusCode())
                    : Outcome.retry(call.statusCode(), call.error());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %d failed before the call", delivery.id());
            return Outcome.retry(null, shorten("not sent: " + e.getClass().getSimpleName()));
        }
    }

    /**
     * One signed POST (also the test call of a ping): {@code webhook-id} as given, {@code webhook-timestamp} now.
     * Never throws.
     */
    Call post(String url, String secret, String webhookId, String body) {
        long timestamp = clock.instant().getEpochSecond();
        long start = System.nanoTime();
        try {
            URI uri = URI.create(url);
            Optional<String> refused = WebhookUrls.refusedHost(uri.getHost(), config.webhooks());
            if (refused.isPresent()) {
                return failed(start, refused.get());
            }
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(config.webhooks().timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", USER_AGENT)
                    .header("webhook-id", webhookId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, webhookId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            // The answer's body is not read: only the status counts (and a receiver cannot keep us busy with it).
            response.body().close();
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            String error = ok ? null : status >= 300 && status < 400 ? "HTTP " + status + " (redirects are not followed)"
                    : "HTTP " + status;
            return new Call(ok, status, error, millisSince(start));
        } catch (HttpConnectTimeoutException e) {
            return failed(start, "connect timeout after " + config.webhooks().timeout().toSeconds() + "s");
        } catch (HttpTimeoutException e) {
            return failed(start, "timeout after " + config.webhooks().timeout().toSeconds() + "s");
        } catch (ConnectException e) {
            return failed(start, "connection refused");
        } catch (IOException e) {
            return failed(start, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(start, "interrupted");
        } catch (IllegalArgumentException e) {
            return failed(start, "invalid URL");
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(config.webhooks().timeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    private String json(Body body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Call failed(long start, String error) {
        return new Call(false, null, shorten(error), millisSince(start));
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
