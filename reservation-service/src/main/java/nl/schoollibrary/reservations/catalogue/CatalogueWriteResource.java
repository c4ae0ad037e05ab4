package nl.schoollibrary.reservations.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.Theme;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.CatalogueTitle;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.NewTheme;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.ThemePatch;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.TitleInput;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.TitlePatch;
import nl.schoollibrary.reservations.common.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Catalogue intake of titles and themes (issue 19): staff and integration clients with the scope
 * {@code catalogue:write} create and change titles; library staff, administrators and such clients keep the themes.
 */
@Path("/api")
@Tag(name = "Catalogue intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
public class CatalogueWriteResource {

    @Inject TitleService titles;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/titles/lookup")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Find a title by isbn (ISBN-13 or ISBN-10, hyphens allowed) or by the library's record id",
            description = "The staff view of the title, as GET /api/titles/{id}/catalogue. A client needs the scope "
                    + "catalogue:read or catalogue:write.")
    @APIResponse(responseCode = "200", description = "The title")
    @APIResponse(responseCode = "400", description = "Neither or both given, or not an ISBN (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "No title with it (NOT_FOUND)")
    public CatalogueTitle lookupTitle(
            @Parameter(description = "ISBN-13 or ISBN-10", example = "9789025850123") @QueryParam("isbn") @Size(max = 40)
            String isbn,
            @Parameter(description = "The library's record id", example = "PPN123456789") @QueryParam("recordId")
            @Size(max = 40) String recordId) {
        return titles.lookup(currentUser.actor(), isbn, recordId);
    }

    @GET
    @Path("/titles/{id}/catalogue")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The staff view of a title: every catalogue field and the copies in your scope, withdrawn "
            + "ones included")
    @APIResponse(responseCode = "200", description = "The title")
    public CatalogueTitle catalogueTitle(@Parameter(description = "Title id") @PathParam("id") long id) {
        return titles.view(currentUser.actor(), id);
    }

    @POST
    @Path("/titles")
    @Operation(summary = "Create a title, optionally with its copies (all or nothing)",
            description = "A title needs an isbn or a recordId (or both); an ISBN-10 is stored as ISBN-13. Every field "
                    + "error is answered at once. Integration clients need the scope catalogue:write.")
    @APIResponseSchema(value = CatalogueTitle.class, responseCode = "201")
    @APIResponse(responseCode = "400", description = "A field breaks a rule (VALIDATION_FAILED, with the fields)")
    @APIResponse(responseCode = "403", description = "A client without catalogue:write (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "A copy's location is not in your scope (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The isbn or record id belongs to a title (TITLE_EXISTS, with "
            + "titleId); a barcode belongs to a copy (BARCODE_TAKEN)")
    public Response createTitle(@Valid @NotNull TitleInput input) {
        CatalogueTitle title = titles.create(currentUser.actor(), input);
        return Created.at("/api/titles/" + title.id(), title);
    }

    @PATCH
    @Path("/titles/{id}")
    @Operation(summary = "Change a title: an absent field stays as it is, null clears an optional field",
            description = "title and authors cannot be cleared, nor both isbn and recordId; themes replaces the whole "
                    + "list. Integration clients need the scope catalogue:write.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TitlePatch.class)))
    @APIResponse(responseCode = "200", description = "The title as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CatalogueTitle.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule or is unknown (VALIDATION_FAILED)")
    @APIResponse(responseCode = "409", description = "The isbn or record id belongs to another title (TITLE_EXISTS)")
    public CatalogueTitle patchTitle(@Parameter(description = "Title id") @PathParam("id") long id,
            @NotNull ObjectNode body) {
        return titles.patch(currentUser.actor(), id, body);
    }

    @POST
    @Path("/themes")
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
    @Operation(summary = "Create a theme (library staff, administrators, clients with catalogue:write)")
    @APIResponseSchema(value = Theme.class, responseCode = "201")
    @APIResponse(responseCode = "409", description = "The code exists (CONFLICT)")
    public Response createTheme(@Valid @NotNull NewTheme request) {
        Theme theme = titles.createTheme(currentUser.actor(), request);
        return Created.at("/api/themes?code=" + theme.code(), theme);
    }

    @PATCH
    @Path("/themes/{code}")
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
    @Operation(summary = "Rename a theme; its code stays")
    @APIResponse(responseCode = "200", description = "The theme")
    public Theme renameTheme(@Parameter(description = "Theme code", example = "griezelen") @PathParam("code")
            @Size(max = 40) String code, @Valid @NotNull ThemePatch request) {
        return titles.renameTheme(currentUser.actor(), code, request);
    }
}
