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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.LocationKind;
import nl.schoollibrary.reservations.catalogue.CatalogueResource;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.QueryParams;
import nl.schoollibrary.reservations.messaging.MessageDtos.Kind;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessagePage;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessageView;
import nl.schoollibrary.reservations.reservation.ReservationDtos.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.TitleRef;
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

    private static final String SELECT = """
            SELECT m.id, m.kind, m.created_at, m.read_at, m.reservation_id, m.pickup_by, m.reason,
                   t.id AS title_id, t.title, t.authors, t.cover_url, l.id AS location_id, l.name, l.kind AS location_kind
              FROM message m LEFT JOIN title t ON t.id = m.title_id LEFT JOIN location l ON l.id = m.location_id
             WHERE m.patron_id = ?""";

    private final Jdbc jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MessageResource(Jdbc jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
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
        long patronId = currentUser.actor().patronId();
        List<MessageView> items = jdbc.list(SELECT + " ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?",
                MessageResource::view, patronId, pageSize, pageNumber * pageSize);
        long total = jdbc.count("SELECT count(*) FROM message WHERE patron_id = ?", patronId);
        long unread = jdbc.count("SELECT count(*) FROM message WHERE patron_id = ? AND read_at IS NULL", patronId);
        return new MessagePage(items, pageNumber, pageSize, total, unread);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed(Role.STUDENT_ROLE)
    @Transactional
    @Operation(summary = "Mark one of my messages as read")
    @APIResponse(responseCode = "200", description = "The message")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public MessageView markMessageRead(@PathParam("id") String id) {
        long messageId = CatalogueResource.pathId(id, "Message");
        long patronId = currentUser.actor().patronId();
        jdbc.update("UPDATE message SET read_at = coalesce(read_at, ?) WHERE id = ? AND patron_id = ?", clock.instant(),
                messageId, patronId);
        return jdbc.one(SELECT + " AND m.id = ?", MessageResource::view, patronId, messageId)
                .orElseThrow(() -> ProblemException.notFound("Message", messageId));
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

    private static MessageView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        Long titleId = rs.getObject("title_id", Long.class);
        Long locationId = rs.getObject("location_id", Long.class);
        return new MessageView(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant(), read != null, rs.getObject("reservation_id", Long.class),
                titleId == null ? null : new TitleRef(titleId, rs.getString("title"), rs.getString("authors"),
                        rs.getString("cover_url")),
                locationId == null ? null : new LocationRef(locationId, rs.getString("name"),
                        LocationKind.valueOf(rs.getString("location_kind"))),
                rs.getObject("pickup_by", LocalDate.class), rs.getString("reason"));
    }
}
