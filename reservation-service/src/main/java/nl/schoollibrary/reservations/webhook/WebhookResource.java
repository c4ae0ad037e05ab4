package nl.schoollibrary.reservations.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.webhook.WebhookDtos.EndpointPatch;
import nl.schoollibrary.reservations.webhook.WebhookDtos.EndpointSecret;
import nl.schoollibrary.reservations.webhook.WebhookDtos.EndpointView;
import nl.schoollibrary.reservations.webhook.WebhookDtos.NewEndpoint;
import nl.schoollibrary.reservations.webhook.WebhookDtos.PingResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

/**
 * Webhook endpoints of integration clients: signed calls with the events their feed shows (Standard Webhooks). See
 * docs/notifications.md for the body, the headers and how to verify a signature.
 */
@Path("/api")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
@APIResponse(responseCode = "403", description = "Not an administrator or the client itself, or a client without the "
        + "scope events:read (FORBIDDEN)")
public class WebhookResource {

    private static final String SCOPE_403 = "Another role, a client without the scope events:read, or a client or "
            + "organisation that is not yours (FORBIDDEN)";
    private static final String NOT_FOUND = "No such endpoint, or another client's (NOT_FOUND)";

    @Inject WebhookEndpointService endpoints;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/webhook-endpoints")
    @RolesAllowed({Role.ADMIN_ROLE, Role.LIBRARY_STAFF_ROLE, Role.INTEGRATION_ROLE})
    @Operation(summary = "Webhook endpoints: administrators any client's, library staff those of their organisation's "
            + "clients, a client (scope events:read) its own")
    @APIResponse(responseCode = "200", description = "The endpoints by id (never a secret)")
    @APIResponse(responseCode = "403", description = SCOPE_403)
    @APIResponse(responseCode = "404", description = "No such integration client (NOT_FOUND)")
    public List<EndpointView> webhookEndpoints(
            @Parameter(description = "Only the endpoints of this integration client") @QueryParam("clientId") @Positive
            Long clientId) {
        return endpoints.list(currentUser.actor(), clientId);
    }

    @POST
    @Path("/webhook-endpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook endpoint; the answer holds its signing secret, shown only this once",
            description = "Administrators name the client (clientId); a client registers its own. The client needs the "
                    + "scope events:read: an endpoint receives exactly the events of its feed (GET /api/events) of the "
                    + "types it subscribes to.")
    @APIResponseSchema(value = EndpointSecret.class, responseCode = "201",
            responseDescription = "Created (Cache-Control: no-store)")
    @APIResponse(responseCode = "400", description = "The URL is not an absolute https URL without user info of at most "
            + "2000 characters, or names this machine or a private address (WEBHOOK_URL_INVALID), or an unknown event "
            + "type or client (VALIDATION_FAILED)")
    public Response createWebhookEndpoint(@Valid @NotNull NewEndpoint request) {
        EndpointSecret created = endpoints.create(currentUser.actor(), request);
        return Created.notStored("/api/webhook-endpoints?clientId=" + created.endpoint().clientId(), created);
    }

    @PATCH
    @Path("/webhook-endpoints/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook endpoint's URL, description, event types, or deactivate it")
    @APIResponse(responseCode = "200", description = "The endpoint as it is now")
    @APIResponse(responseCode = "400", description = "WEBHOOK_URL_INVALID, or an unknown event type (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public EndpointView changeWebhookEndpoint(@Parameter(description = "Endpoint id") @PathParam("id") long id,
            @Valid @NotNull EndpointPatch patch) {
        return endpoints.change(currentUser.actor(), id, patch);
    }

    @POST
    @Path("/webhook-endpoints/{id}/resume")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Resume a paused endpoint: the pause and failures in a row are cleared, its pending "
            + "deliveries are due at once")
    @APIResponse(responseCode = "200", description = "The endpoint as it is now")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public EndpointView resumeWebhookEndpoint(@Parameter(description = "Endpoint id") @PathParam("id") long id) {
        return endpoints.resume(currentUser.actor(), id);
    }

    @POST
    @Path("/webhook-endpoints/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Give the endpoint a new signing secret (shown only this once); calls from now on are signed "
            + "with it only")
    @APIResponse(responseCode = "200", description = "The new secret (Cache-Control: no-store)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public EndpointSecret rotateWebhookSecret(@Parameter(description = "Endpoint id") @PathParam("id") long id) {
        return endpoints.rotateSecret(currentUser.actor(), id);
    }

    @POST
    @Path("/webhook-endpoints/{id}/ping")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a signed test call (type WebhookPing) now and say how it went",
            description = "Not a delivery: nothing is retried or counted, also for a paused or deactivated endpoint.")
    @APIResponse(responseCode = "200", description = "How the call went (delivered is false when the endpoint did not "
            + "answer 2xx)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PingResult pingWebhookEndpoint(@Parameter(description = "Endpoint id") @PathParam("id") long id) {
        return endpoints.ping(currentUser.actor(), id);
    }

    @GET
    @Path("/webhook-event-types")
    @RolesAllowed({Role.ADMIN_ROLE, Role.LIBRARY_STAFF_ROLE, Role.INTEGRATION_ROLE})
    @Operation(summary = "The event types a webhook endpoint may subscribe to (reservation and loan lifecycle)")
    @APIResponse(responseCode = "200", description = "The types")
    @APIResponse(responseCode = "403", description = SCOPE_403)
    public List<String> webhookEventTypes() {
        return endpoints.eventTypes(currentUser.actor());
    }
}
