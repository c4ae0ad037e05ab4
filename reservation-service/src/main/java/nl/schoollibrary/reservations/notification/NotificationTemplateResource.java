package nl.schoollibrary.reservations.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationPreview;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationTemplate;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationTemplatePreviewRequest;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationTemplateText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The texts of the mails to parents, per organisation, event and language: the organisation's own or the built-in
 * one. Library staff change their organisation's; school staff read them; administrators any organisation's.
 */
@Path("/api/notification-templates")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class NotificationTemplateResource {

    @Inject NotificationTemplateService templates;
    @Inject CurrentUser currentUser;

    @GET
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The ten mail texts of an organisation (five events × nl, en)",
            description = "Each is the organisation's own text (custom) or the built-in one, with the placeholders "
                    + "its event may use.")
    @APIResponse(responseCode = "200", description = "The templates")
    @APIResponse(responseCode = "400", description = "An administrator gave no organisationId (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Another organisation (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such organisation (NOT_FOUND)")
    public List<NotificationTemplate> templates(
            @Parameter(description = "The organisation (required for administrators; others: their own)")
            @QueryParam("organisationId") @Positive Long organisationId) {
        return templates.list(currentUser.actor(), organisationId);
    }

    @PUT
    @Path("/{event}/{language}")
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Set the organisation's own text of one mail",
            description = "Plain text with {{placeholders}} (those of the event only); a blank line starts a new "
                    + "paragraph. Values and text are HTML-escaped in the HTML part of the mail. Writes the event "
                    + "NotificationTemplateChanged.")
    @APIResponse(responseCode = "200", description = "The template (custom)")
    @APIResponse(responseCode = "400", description = "An unknown placeholder or an unclosed {{ (TEMPLATE_INVALID); "
            + "a text too long or empty (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Another organisation, or not library staff (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such organisation, event or language (NOT_FOUND)")
    public NotificationTemplate setTemplate(
            @Parameter(description = "The event", schema = @Schema(implementation = NotificationEvent.class))
            @PathParam("event") String event,
            @Parameter(description = "The language", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"nl", "en"})) @PathParam("language") String language,
            @Parameter(description = "The organisation (required for administrators; others: their own)")
            @QueryParam("organisationId") @Positive Long organisationId,
            @Valid @NotNull NotificationTemplateText text) {
        return templates.put(currentUser.actor(), event, language, organisationId, text);
    }

    @DELETE
    @Path("/{event}/{language}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Back to the built-in text of one mail",
            description = "Writes the event NotificationTemplateReset when the organisation had its own text.")
    @APIResponse(responseCode = "204", description = "The built-in text is in use")
    @APIResponse(responseCode = "403", description = "Another organisation, or not library staff (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such organisation, event or language (NOT_FOUND)")
    public void resetTemplate(
            @Parameter(description = "The event", schema = @Schema(implementation = NotificationEvent.class))
            @PathParam("event") String event,
            @Parameter(description = "The language", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"nl", "en"})) @PathParam("language") String language,
            @Parameter(description = "The organisation (required for administrators; others: their own)")
            @QueryParam("organisationId") @Positive Long organisationId) {
        templates.reset(currentUser.actor(), event, language, organisationId);
    }

    @POST
    @Path("/preview")
    @Operation(summary = "Render a template with example data, as the mail would look",
            description = "Nothing is kept. The example title has markup in it, to show that values are escaped.")
    @APIResponse(responseCode = "200", description = "The subject, the text part and the HTML part")
    @APIResponse(responseCode = "400", description = "An unknown placeholder or an unclosed {{ (TEMPLATE_INVALID); "
            + "another field breaks a rule (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Another organisation (FORBIDDEN)")
    public NotificationPreview preview(@Valid @NotNull NotificationTemplatePreviewRequest request) {
        return templates.preview(currentUser.actor(), request);
    }
}
