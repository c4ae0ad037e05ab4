package nl.schoollibrary.reservations.blocks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.blocks.BlockDtos.CollectionView;
import nl.schoollibrary.reservations.blocks.BlockDtos.CopyDetail;
import nl.schoollibrary.reservations.blocks.BlockDtos.CopyReservationRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.CreateCollectionRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.CreateSpecialPassRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.DryRunResult;
import nl.schoollibrary.reservations.blocks.BlockDtos.SchoolPolicyView;
import nl.schoollibrary.reservations.blocks.BlockDtos.SeriesMutationRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.SeriesMutationView;
import nl.schoollibrary.reservations.blocks.BlockDtos.SetLoanBlockRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.SetReservationBlockRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.SpecialPassView;
import nl.schoollibrary.reservations.blocks.BlockDtos.UndoResult;
import nl.schoollibrary.reservations.blocks.BlockDtos.UpdateSchoolPolicyRequest;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.QueryParams;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff controls: copy detail and blocks, copy reservations, series mutations, collections, passes, policies. */
@Path("/api")
@Tag(name = "Staff controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class StaffControlsResource {

    private final CopyService copies;
    private final SeriesMutationService mutations;
    private final StaffAdminService admin;
    private final CurrentUser currentUser;

    public StaffControlsResource(CopyService copies, SeriesMutationService mutations, StaffAdminService admin,
            CurrentUser currentUser) {
        this.copies = copies;
        this.mutations = mutations;
        this.admin = admin;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/copies/{barcode}")
    @Operation(summary = "Staff detail of a copy: status, blocks (with end dates and who set them), loan, reservations, "
            + "queue length, change history")
    @APIResponse(responseCode = "200", description = "The copy")
    @APIResponse(responseCode = "404", description = "Unknown barcode in your scope (NOT_FOUND)")
    public CopyDetail copy(@PathParam("barcode") String barcode) {
        return copies.detail(currentUser.actor(), barcode);
    }

    @PUT
    @Path("/copies/{barcode}/reservation-block")
    @Operation(summary = "Set the reservation block (NONE, OWN_PATRONS_ONLY = 7, NOT_RESERVABLE = 8) with an optional "
            + "end date after which it no longer applies")
    @APIResponse(responseCode = "200", description = "The copy with its new block")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public CopyDetail setReservationBlock(@PathParam("barcode") String barcode,
            @Valid @NotNull SetReservationBlockRequest request) {
        return copies.setReservationBlock(currentUser.actor(), barcode, request);
    }

    @PUT
    @Path("/copies/{barcode}/loan-block")
    @Operation(summary = "Set a loan block with an optional end date and reason")
    @APIResponse(responseCode = "200", description = "The copy with its loan block")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public CopyDetail setLoanBlock(@PathParam("barcode") String barcode, @Valid @NotNull SetLoanBlockRequest request) {
        return copies.setLoanBlock(currentUser.actor(), barcode, request);
    }

    @DELETE
    @Path("/copies/{barcode}/loan-block")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Lift the loan block")
    @APIResponse(responseCode = "200", description = "The copy without loan block")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public CopyDetail clearLoanBlock(@PathParam("barcode") String barcode) {
        return copies.clearLoanBlock(currentUser.actor(), barcode);
    }

    @POST
    @Path("/copies/{barcode}/reservations")
    @Operation(summary = "Reserve this copy of your own location for a student or special pass (copy reservation)",
            description = "Allowed even when the copy is blocked for reservation; goes before title reservations at "
                    + "check-in; a copy on the shelf is ready at once. School staff reserve for the students of their "
                    + "school and the special passes of their school library; library staff for every student and "
                    + "pass of their organisation.")
    @APIResponse(responseCode = "201", description = "Placed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "403", description = "Not a copy of your location (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "Unknown copy or patron (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The copy already has a copy reservation (CONFLICT)")
    @APIResponse(responseCode = "422", description = "The pickup location is not a location of your organisation "
            + "(PICKUP_LOCATION_INVALID)")
    public Response reserveCopy(@PathParam("barcode") String barcode, @Valid @NotNull CopyReservationRequest request) {
        ReservationView view = copies.reserveCopy(currentUser.actor(), barcode, request);
        return Created.at("/api/reservations/" + view.id(), view);
    }

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
    @APIResponse(responseCode = "201", description = "Applied",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesMutationView.class)))
    public Response applyMutation(@Valid @NotNull SeriesMutationRequest request) {
        SeriesMutationView view = mutations.apply(currentUser.actor(), request);
        return Created.at("/api/series-mutations/" + view.id(), view);
    }

    @GET
    @Path("/series-mutations")
    @Operation(summary = "Past series mutations of your organisation, newest first")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<SeriesMutationView> mutations(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        return mutations.list(currentUser.actor(), QueryParams.intParam("page", page, 0, 0, 10_000),
                QueryParams.intParam("size", size, 20, 1, 100));
    }

    @GET
    @Path("/series-mutations/{id}")
    @Operation(summary = "One series mutation")
    @APIResponse(responseCode = "200", description = "The mutation")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public SeriesMutationView mutation(@PathParam("id") String id) {
        return mutations.get(currentUser.actor(), QueryParams.pathId(id, "Series mutation"));
    }

    @POST
    @Path("/series-mutations/{id}/undo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Undo a series mutation: restore the previous values of exactly the copies it changed",
            description = "Refused with CONFLICT when copies changed again since, unless skipChanged=true (then those "
                    + "are left alone and counted).")
    @APIResponse(responseCode = "200", description = "Undone")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "Already undone, or copies changed since (CONFLICT)")
    public UndoResult undo(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("skipChanged") String skipChanged) {
        return mutations.undo(currentUser.actor(), QueryParams.pathId(id, "Series mutation"),
                QueryParams.boolParam("skipChanged", skipChanged));
    }

    @GET
    @Path("/collections")
    @Operation(summary = "Collections of your organisation with their default reservation block")
    @APIResponse(responseCode = "200", description = "The collections")
    public List<CollectionView> collections() {
        return admin.collections(currentUser.actor());
    }

    @POST
    @Path("/collections")
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Create a collection, optionally with a default block every copy added later gets")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionView.class)))
    @APIResponse(responseCode = "409", description = "Code in use (CONFLICT)")
    public Response createCollection(@Valid @NotNull CreateCollectionRequest request) {
        CollectionView view = admin.createCollection(currentUser.actor(), request);
        return Created.at("/api/collections/" + view.id(), view);
    }

    @PUT
    @Path("/collections/{id}/default-block")
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Set the default reservation block of a collection (for copies added from now on)")
    @APIResponse(responseCode = "200", description = "The collection")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public CollectionView setCollectionDefault(@PathParam("id") String id,
            @Valid @NotNull SetReservationBlockRequest request) {
        return admin.setCollectionDefault(currentUser.actor(), QueryParams.pathId(id, "Collection"),
                request.level(), request.until());
    }

    @GET
    @Path("/special-passes")
    @Operation(summary = "Special passes of your location (organisation) with the copies lent to them now")
    @APIResponse(responseCode = "200", description = "The passes")
    public List<SpecialPassView> specialPasses() {
        return admin.specialPasses(currentUser.actor());
    }

    @POST
    @Path("/special-passes")
    @Operation(summary = "Create a special pass (e.g. \"Tentoonstelling\") owned by a location")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpecialPassView.class)))
    public Response createSpecialPass(@Valid @NotNull CreateSpecialPassRequest request) {
        SpecialPassView view = admin.createSpecialPass(currentUser.actor(), request);
        return Created.at("/api/special-passes/" + view.id(), view);
    }

    @GET
    @Path("/schools/{id}/policy")
    @Operation(summary = "The reservation policy of a school")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public SchoolPolicyView policy(@PathParam("id") String id) {
        return admin.policy(currentUser.actor(), QueryParams.pathId(id, "School"));
    }

    @PUT
    @Path("/schools/{id}/policy")
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Change the reservation policy of a school (library staff and administrators)")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public SchoolPolicyView updatePolicy(@PathParam("id") String id, @Valid @NotNull UpdateSchoolPolicyRequest request) {
        return admin.updatePolicy(currentUser.actor(), QueryParams.pathId(id, "School"), request);
    }
}
