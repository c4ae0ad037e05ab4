package nl.schoollibrary.reservations.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.QueryParams;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessagePage;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me/messages")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final Jdbc jdbc;
    private final MessageReads reads;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MessageResource(Jdbc jdbc, MessageReads reads, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Role.STUDENT_ROLE)
    @Operation(summary = "My messages (berichten), newest first, with the unread count")
    @APIResponse(responseCode = "200", description = "One page of messages")
    public MessagePage messages(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        int pageNumber = QueryParams.intParam("page", page, 0, 0, 10_000);
        int pageSize = QueryParams.intParam("size", size, 20, 1, 100);
        return reads.page(currentUser.actor().patronId(), pageNumber, pageSize);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed(Role.STUDENT_ROLE)
    @Transactional
    @Operation(summary = "Mark one of my messages as read")
    @APIResponse(responseCode = "200", description = "The message")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public MessageView markMessageRead(@PathParam("id") String id) {
        long messageId = QueryParams.pathId(id, "Message");
        long patronId = currentUser.actor().patronId();
        jdbc.update("UPDATE message SET read_at = coalesce(read_at, ?) WHERE id = ? AND patron_id = ?", clock.instant(),
                messageId, patronId);
        return reads.one(patronId, messageId).orElseThrow(() -> ProblemException.notFound("Message", messageId));
    }

    @POST
    @Path("/read-all")
    @RolesAllowed(Role.STUDENT_ROLE)
    @Transactional
    @Operation(summary = "Mark all my messages as read")
    @APIResponse(responseCode = "204", description = "Done")
    public void markAllMessagesRead() {
        jdbc.update("UPDATE message SET read_at = ? WHERE patron_id = ? AND read_at IS NULL", clock.instant(),
                currentUser.actor().patronId());
    }
}
