package nl.schoollibrary.reservations.collection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.DryRunResult;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.SeriesMutationRequest;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.SeriesMutationView;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.UndoResult;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.common.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Series mutations: a dry run, apply, the list of past ones and undo. */
@Path("/api")
@Tag(name = "Staff controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class SeriesMutationResource {

    @Inject SeriesMutationService mutations;
    @Inject CurrentUser currentUser;

    @POST
    @Path("/series-mutations/dry-run")
    @Operation(summary = "Dry run of a series mutation: how many copies match in your scope, how many outside it, a sample")
    @APIResponse(responseCode = "200", description = "What would change; nothing is changed")
    public DryRunResult dryRun(@Valid @NotNull SeriesMutationRequest request) {
        return mutations.dryRun(currentUser.actor(), request);
    }

    @POST
    @Path("/series-mutations")
    @Operation(summary = "Apply a series mutation in one set-based statement; copies outside your scope are untouched")
    @APIResponseSchema(value = SeriesMutationView.class, responseCode = "201", responseDescription = "Applied")
    public Response applyMutation(@Valid @NotNull SeriesMutationRequest request) {
        SeriesMutationView view = mutations.apply(currentUser.actor(), request);
        return Created.at("/api/series-mutations/" + view.id(), view);
    }

    @GET
    @Path("/series-mutations")
    @Operation(summary = "Past series mutations of your organisation, newest first")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<SeriesMutationView> mutations(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return mutations.list(currentUser.actor(), page, size);
    }

    @GET
    @Path("/series-mutations/{id}")
    @Operation(summary = "One series mutation")
    @APIResponse(responseCode = "200", description = "The mutation")
    public SeriesMutationView mutation(@PathParam("id") long id) {
        return mutations.get(currentUser.actor(), id);
    }

    @POST
    @Path("/series-mutations/{id}/undo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Undo a series mutation: restore the previous values of exactly the copies it changed",
            description = "Refused with CONFLICT when copies changed again since, unless skipChanged=true (then those "
                    + "are left alone and counted).")
    @APIResponse(responseCode = "200", description = "Undone")
    @APIResponse(responseCode = "409", description = "Already undone, or copies changed since (CONFLICT)")
    public UndoResult undo(@PathParam("id") long id,
            @QueryParam("skipChanged") @DefaultValue("false") boolean skipChanged) {
        return mutations.undo(currentUser.actor(), id, skipChanged);
    }
}
