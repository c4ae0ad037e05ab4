package nl.schoollibrary.reservations.collection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.collection.CollectionDtos.CollectionView;
import nl.schoollibrary.reservations.collection.CollectionDtos.CreateCollectionRequest;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.copy.CopyDtos.SetReservationBlockRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collections of the organisation and their default reservation block. */
@Path("/api")
@Tag(name = "Staff controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class CollectionResource {

    @Inject CollectionService collections;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/collections")
    @RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Collections of your organisation with their default reservation block")
    @APIResponse(responseCode = "200", description = "The collections")
    public List<CollectionView> collections() {
        return collections.collections(currentUser.actor());
    }

    @POST
    @Path("/collections")
    @Operation(summary = "Create a collection, optionally with a default block every copy added later gets")
    @APIResponseSchema(value = CollectionView.class, responseCode = "201")
    @APIResponse(responseCode = "409", description = "Code in use (CONFLICT)")
    public Response createCollection(@Valid @NotNull CreateCollectionRequest request) {
        CollectionView view = collections.createCollection(currentUser.actor(), request);
        return Created.at("/api/collections/" + view.id(), view);
    }

    @PUT
    @Path("/collections/{id}/default-block")
    @Operation(summary = "Set the default reservation block of a collection (for copies added from now on)")
    @APIResponse(responseCode = "200", description = "The collection")
    public CollectionView setCollectionDefault(@PathParam("id") long id,
            @Valid @NotNull SetReservationBlockRequest request) {
        return collections.setCollectionDefault(currentUser.actor(), id, request.level(), request.until());
    }
}
