package nl.schoollibrary.reservations.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessagePage;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A student's own messages (berichten). */
@Path("/api/me/messages")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STUDENT_ROLE)
public class MessageResource {

    @Inject Messages messages;
    @Inject MessageReads reads;
    @Inject CurrentUser currentUser;

    @GET
    @Operation(summary = "My messages (berichten), newest first, with the unread count")
    @APIResponse(responseCode = "200", description = "One page of messages")
    @APIResponse(responseCode = "400", description = "A bad page or size (VALIDATION_FAILED)")
    public MessagePage messages(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return reads.page(currentUser.actor().patronId(), page, size);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my messages as read")
    @APIResponse(responseCode = "200", description = "The message")
    public MessageView markMessageRead(@PathParam("id") long id) {
        return messages.markRead(currentUser.actor().patronId(), id)
                .orElseThrow(() -> ProblemException.notFound("Message", id));
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my messages as read")
    @APIResponse(responseCode = "204", description = "Done")
    public void markAllMessagesRead() {
        messages.markAllRead(currentUser.actor().patronId());
    }
}
