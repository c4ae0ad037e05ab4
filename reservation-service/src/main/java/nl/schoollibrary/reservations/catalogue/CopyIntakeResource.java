package nl.schoollibrary.reservations.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.CopyPatch;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.MoveCopyRequest;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.NewCopy;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.WithdrawCopyRequest;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyDetail;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Catalogue intake of copies (issue 19): add, change, move and withdraw copies of your scope — school staff their
 * school library's, library staff and administrators their organisation's, integration clients with
 * {@code catalogue:write} their school's or organisation's.
 */
@Path("/api")
@Tag(name = "Catalogue intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
public class CopyIntakeResource {

    @Inject CopyIntakeService copies;
    @Inject CurrentUser currentUser;

    @POST
    @Path("/copies")
    @Operation(summary = "Add a copy of a title at a location of your scope",
            description = "On the shelf at once. In a collection with a default reservation block, the copy gets that "
                    + "block (shown in its history as COLLECTION_DEFAULT).")
    @APIResponseSchema(value = CopyDetail.class, responseCode = "201")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (also an unknown collection)")
    @APIResponse(responseCode = "403", description = "A client without catalogue:write (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such title, or the location is not in your scope (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The barcode belongs to another copy (BARCODE_TAKEN)")
    public Response createCopy(@Valid @NotNull NewCopy request) {
        CopyDetail copy = copies.create(currentUser.actor(), request);
        return Created.at("/api/copies/" + copy.barcode(), copy);
    }

    @PATCH
    @Path("/copies/{barcode}")
    @Operation(summary = "Change a copy's shelf mark or collection; an absent field stays, collectionCode null takes "
            + "it out of its collection")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CopyPatch.class)))
    @APIResponse(responseCode = "200", description = "The copy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CopyDetail.class)))
    @APIResponse(responseCode = "404", description = "Unknown barcode in your scope (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The copy is withdrawn (COPY_WITHDRAWN)")
    public CopyDetail patchCopy(@PathParam("barcode") String barcode, @NotNull ObjectNode body) {
        return copies.patch(currentUser.actor(), barcode, body);
    }

    @POST
    @Path("/copies/{barcode}/move")
    @Operation(summary = "Move a copy to another owner location of your scope; its blocks stay",
            description = "A copy on loan changes owner now and goes to its new owner when it is checked in.")
    @APIResponse(responseCode = "200", description = "The copy")
    @APIResponse(responseCode = "404", description = "Unknown barcode or location in your scope (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "On the hold shelf for a ready reservation or in transit "
            + "(COPY_HELD_OR_IN_TRANSIT); withdrawn (COPY_WITHDRAWN)")
    public CopyDetail moveCopy(@PathParam("barcode") String barcode, @Valid @NotNull MoveCopyRequest request) {
        return copies.move(currentUser.actor(), barcode, request);
    }

    @POST
    @Path("/copies/{barcode}/withdraw")
    @Operation(summary = "Withdraw a copy (afschrijven) with a reason; it stays as history",
            description = "A staff copy reservation of it is cancelled (the student gets a message); a title "
                    + "reservation it was held for waits again, first in its queue, for the next copy.")
    @APIResponse(responseCode = "200", description = "The withdrawn copy")
    @APIResponse(responseCode = "400", description = "No reason (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "Unknown barcode in your scope (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "On loan: check it in first (COPY_ON_LOAN); withdrawn already "
            + "(COPY_WITHDRAWN)")
    public CopyDetail withdrawCopy(@PathParam("barcode") String barcode, @Valid @NotNull WithdrawCopyRequest request) {
        return copies.withdraw(currentUser.actor(), barcode, request);
    }
}
