package nl.schoollibrary.reservations.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.webhook.WebhookDtos.EndpointPatch;
import nl.schoollibrary.reservations.webhook.WebhookDtos.EndpointSecret;
import nl.schoollibrary.reservations.webhook.WebhookDtos.EndpointView;
import nl.schoollibrary.reservations.webhook.WebhookDtos.NewEndpoint;
import nl.schoollibrary.reservations.webhook.WebhookDtos.PingResult;
import nl.schoollibrary.reservations.webhook.WebhookReads.ClientKey;

/**
 * The webhook endpoints of integration clients. Administrators manage those of every client; a client (scope
 * {@code events:read}) its own, and receives exactly what its event feed shows (the delivery trigger filters by the
 * same tenant rule); library staff read those of their organisation's clients. Every change is an event
 * ({@code WEBHOOK_ENDPOINT}, the client's tenant), never with the secret or the URL's path in it.
 */
@ApplicationScoped
public class WebhookEndpointService {

    static final String EVENTS_SCOPE = "events:read";
    private static final String AGGREGATE = "WEBHOOK_ENDPOINT";

    @Inject WebhookEndpoints endpoints;
    @Inject WebhookReads reads;
    @Inject WebhookChannel channel;
    @Inject EventOutbox events;
    @Inject Jdbc jdbc;
    @Inject Clock clock;
    @Inject AppConfig config;
    @Inject ObjectMapper mapper;

    /** The endpoints the caller may see, optionally of one client. */
    public List<EndpointView> list(Actor actor, Long clientId) {
        switch (actor.role()) {
            case ADMIN -> {
                if (clientId == null) {
                    return reads.all();
                }
                existingClient(clientId);
                return reads.ofClient(clientId);
            }
            case INTEGRATION -> {
                actor.requireScope(EVENTS_SCOPE);
                if (clientId != null && clientId != actor.userId()) {
                    throw new ProblemException(ErrorCode.FORBIDDEN, "A client sees only its own webhook endpoints.");
                }
                return reads.ofClient(actor.userId());
            }
            case LIBRARY_STAFF -> {
                if (clientId == null) {
                    return reads.ofOrganisation(actor.organisationId());
                }
                ClientKey client = existingClient(clientId);
                if (!Objects.equals(client.organisationId(), actor.organisationId())) {
                    throw new ProblemException(ErrorCode.FORBIDDEN, "Integration client " + clientId
                            + " is not one of your organisation.");
                }
                return reads.ofClient(clientId);
            }
            default -> throw forbidden();
        }
    }

    /** The event types one may subscribe to. */
    public List<String> eventTypes(Actor actor) {
        actor.requireScope(EVENTS_SCOPE);
        return WebhookEventTypes.ALL;
    }

    /** A new endpoint with a new secret, shown only in this answer. */
    @Transactional
    public EndpointSecret create(Actor actor, NewEndpoint request) {
        ClientKey client = clientForCreate(actor, request.clientId());
        String url = WebhookUrls.checked(request.url(), config.webhooks());
        List<String> types = WebhookEventTypes.checked(request.eventTypes());
        if (!client.readsEvents()) {
            throw ProblemException.invalid("clientId", "the client lacks the scope " + EVENTS_SCOPE
                    + ": a webhook sends what its event feed shows");
        }
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = WebhookEndpoint.create(client.id(), url, description(request.description()), types,
                secret, clock.instant(), actor.username());
        endpoints.persistAndFlush(endpoint);
        Map<String, Object> payload = payload(client);
        payload.put("host", WebhookUrls.host(url));
        payload.put("eventTypes", types);
        event("WebhookEndpointCreated", endpoint.id(), client, payload);
        return new EndpointSecret(view(endpoint.id()), secret);
    }

    /** Changes what is given; deactivating stops every call (pending deliveries are skipped when their turn comes). */
    @Transactional
    public EndpointView change(Actor actor, long id, EndpointPatch patch) {
        ClientKey client = clientOfEndpoint(actor, id);
        List<String> changed = new ArrayList<>();
        // Checked before anything changes: a refused request changes nothing.
        String url = patch.url() == null ? null : WebhookUrls.checked(patch.url(), config.webhooks());
        List<String> types = patch.eventTypes() == null ? null : WebhookEventTypes.checked(patch.eventTypes());
        WebhookEndpoint endpoint = locked(id);
        if (url != null && !url.equals(endpoint.url())) {
            endpoint.changeUrl(url);
            changed.add("url");
        }
        if (patch.description() != null
                && !Objects.equals(description(patch.description()), endpoint.description())) {
            endpoint.describe(description(patch.description()));
            changed.add("description");
        }
        if (types != null && !types.equals(endpoint.eventTypes())) {
            endpoint.subscribe(types);
            changed.add("eventTypes");
        }
        if (patch.active() != null && patch.active() != endpoint.active()) {
            endpoint.activate(patch.active());
            changed.add("active");
        }
        if (!changed.isEmpty()) {
            Map<String, Object> payload = payload(client);
            payload.put("changed", changed);
            payload.put("host", WebhookUrls.host(endpoint.url()));
            payload.put("eventTypes", endpoint.eventTypes());
            payload.put("active", endpoint.active());
            event("WebhookEndpointChanged", id, client, payload);
        }
        return view(id);
    }

    /** Clears a pause and the failures in a row; the endpoint's pending deliveries are due at once. */
    @Transactional
    public EndpointView resume(Actor actor, long id) {
        ClientKey client = clientOfEndpoint(actor, id);
        WebhookEndpoint endpoint = locked(id);
        endpoint.resume();
        int due = jdbc.update("UPDATE delivery SET next_attempt_at = ? WHERE endpoint_id = ? AND status = 'PENDING'",
                clock.instant(), id);
        Map<String, Object> payload = payload(client);
        payload.put("pendingDeliveries", due);
        event("WebhookEndpointResumed", id, client, payload);
        return view(id);
    }

    /** A new secret, shown only in this answer; the old one signs nothing from now on. */
    @Transactional
    public EndpointSecret rotateSecret(Actor actor, long id) {
        ClientKey client = clientOfEndpoint(actor, id);
        WebhookEndpoint endpoint = locked(id);
        String secret = WebhookSignature.newSecret();
        endpoint.rotateSecret(secret);
        event("WebhookEndpointSecretRotated", id, client, payload(client));
        return new EndpointSecret(view(id), secret);
    }

    /**
     * A signed test call ({@code WebhookPing}), now and outside any transaction: no delivery row, no failure counted,
     * also to a paused or deactivated endpoint.
     */
    public PingResult ping(Actor actor, long id) {
        ClientKey client = clientOfEndpoint(actor, id);
        WebhookReads.Target target = reads.target(id).orElseThrow(() -> ProblemException.notFound("Webhook endpoint",
                id));
        Instant now = clock.instant();
        String webhookId = "ping_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", id);
        data.put("clientId", client.id());
        data.put("sentAt", now);
        String body;
        try {
            body = mapper.writeValueAsString(new WebhookDtos.Body(WebhookEventTypes.PING, now, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        WebhookChannel.Call call = channel.post(target.url(), target.secret(), webhookId, body);
        return new PingResult(call.delivered(), call.statusCode(), call.error(), call.durationMs());
    }

    /**
     * The client a new endpoint is for: administrators name any existing client; a client (with the scope) makes its
     * own and may leave clientId out or give its own id.
     */
    private ClientKey clientForCreate(Actor actor, Long clientId) {
        if (actor.role() == Role.ADMIN) {
            if (clientId == null) {
                throw ProblemException.invalid("clientId", "give the integration client the endpoint is for");
            }
            return reads.client(clientId).orElseThrow(() -> ProblemException.invalid("clientId",
                    "no such integration client"));
        }
        if (actor.role() == Role.INTEGRATION) {
            actor.requireScope(EVENTS_SCOPE);
            if (clientId != null && clientId != actor.userId()) {
                throw new ProblemException(ErrorCode.FORBIDDEN, "A client makes webhook endpoints only for itself.");
            }
            return existingClient(actor.userId());
        }
        throw forbidden();
    }

    /**
     * The client of an endpoint the caller may change: administrators any; a client (with the scope) its own, another
     * client's endpoint is not found.
     */
    private ClientKey clientOfEndpoint(Actor actor, long endpointId) {
        long clientId = reads.clientOf(endpointId).orElseThrow(() -> ProblemException.notFound("Webhook endpoint",
                endpointId));
        if (actor.role() == Role.INTEGRATION) {
            actor.requireScope(EVENTS_SCOPE);
            if (clientId != actor.userId()) {
                throw ProblemException.notFound("Webhook endpoint", endpointId);
            }
        } else if (actor.role() != Role.ADMIN) {
            throw forbidden();
        }
        return existingClient(clientId);
    }

    private WebhookEndpoint locked(long id) {
        return endpoints.lock(id).orElseThrow(() -> ProblemException.notFound("Webhook endpoint", id));
    }

    private ClientKey existingClient(long clientId) {
        return reads.client(clientId).orElseThrow(() -> ProblemException.notFound("Integration client", clientId));
    }

    private EndpointView view(long id) {
        return reads.endpoint(id).orElseThrow(() -> ProblemException.notFound("Webhook endpoint", id));
    }

    private void event(String type, long id, ClientKey client, Map<String, Object> payload) {
        events.tenantEvent(type, AGGREGATE, id, client.organisationId(), client.schoolId(), payload);
    }

    private static Map<String, Object> payload(ClientKey client) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("clientId", client.id());
        return payload;
    }

    private static String description(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ProblemException forbidden() {
        return new ProblemException(ErrorCode.FORBIDDEN, "Only administrators and the client itself manage webhook "
                + "endpoints.");
    }
}
