package nl.schoollibrary.reservations.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.Channel;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.DeliveryDetail;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.DeliveryPage;
import nl.schoollibrary.reservations.delivery.DeliveryDtos.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The delivery log (mails to parents, webhook calls) with every attempt, and "send again" for one that was given up.
 * Administrators see everything, library staff their organisation's, school staff the mails about their school's
 * students, an integration client (scope events:read) its own endpoints' deliveries.
 */
@Path("/api/deliveries")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
public class DeliveryResource {

    @Inject DeliveryReads reads;
    @Inject DeliveryService deliveries;
    @Inject CurrentUser currentUser;

    @GET
    @Operation(summary = "The delivery log, newest first (cursor pages)")
    @APIResponse(responseCode = "200", description = "The deliveries you may see")
    @APIResponse(responseCode = "400", description = "A filter has a value that does not exist (VALIDATION_FAILED)")
    public DeliveryPage deliveries(
            @Parameter(description = "Only mails or only webhooks") @QueryParam("channel") Channel channel,
            @Parameter(description = "Only deliveries in this state; FAILED lists what was given up")
            @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "Only the deliveries of this webhook endpoint") @QueryParam("endpointId") @Positive
            Long endpointId,
            @Parameter(description = "The nextBefore of the previous page") @QueryParam("before") @Positive Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return reads.list(actor(), new DeliveryReads.Filter(channel, status, endpointId, before, limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery with the log of its attempts")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "404", description = "No such delivery that you may see (NOT_FOUND)")
    public DeliveryDetail delivery(@PathParam("id") long id) {
        return deliveries.detail(actor(), id);
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a FAILED or SKIPPED delivery again",
            description = "It becomes PENDING and due now; the attempts so far stay in its log. The receiver gets the "
                    + "same webhook-id / Message-ID as before.")
    @APIResponse(responseCode = "200", description = "The delivery, pending again")
    @APIResponse(responseCode = "404", description = "No such delivery that you may see (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Delivered already, or still pending (DELIVERY_NOT_RETRYABLE)")
    public DeliveryDetail retryDelivery(@PathParam("id") long id) {
        return deliveries.retry(actor(), id);
    }

    private Actor actor() {
        Actor actor = currentUser.actor();
        actor.requireScope("events:read");
        return actor;
    }
}
