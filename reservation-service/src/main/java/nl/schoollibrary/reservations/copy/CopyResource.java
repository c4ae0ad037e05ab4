package nl.schoollibrary.reservations.copy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyDetail;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyReservationRequest;
import nl.schoollibrary.reservations.copy.CopyDtos.SetLoanBlockRequest;
import nl.schoollibrary.reservations.copy.CopyDtos.SetReservationBlockRequest;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff controls of one copy, by barcode: its detail, reservation block, loan block and staff copy reservations. */
@Path("/api")
@Tag(name = "Staff controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
@APIResponse(responseCode = "404", description = "Unknown barcode in your scope (NOT_FOUND)")
public class CopyResource {

    @Inject CopyService copies;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/copies/{barcode}")
    @Operation(summary = "Staff detail of a copy: status, blocks (with end dates and who set them), loan, reservations, "
            + "queue length, change history")
    @APIResponse(responseCode = "200", description = "The copy")
    public CopyDetail copy(@PathParam("barcode") String barcode) {
        return copies.detail(currentUser.actor(), barcode);
    }

    @PUT
    @Path("/copies/{barcode}/reservation-block")
    @Operation(summary = "Set the reservation block (NONE, OWN_PATRONS_ONLY = 7, NOT_RESERVABLE = 8) with an optional "
            + "end date after which it no longer applies")
    @APIResponse(responseCode = "200", description = "The copy with its new block")
    public CopyDetail setReservationBlock(@PathParam("barcode") String barcode,
            @Valid @NotNull SetReservationBlockRequest request) {
        return copies.setReservationBlock(currentUser.actor(), barcode, request);
    }

    @PUT
    @Path("/copies/{barcode}/loan-block")
    @Operation(summary = "Set a loan block with an optional end date and reason")
    @APIResponse(responseCode = "200", description = "The copy with its loan block")
    public CopyDetail setLoanBlock(@PathParam("barcode") String barcode, @Valid @NotNull SetLoanBlockRequest request) {
        return copies.setLoanBlock(currentUser.actor(), barcode, request);
    }

    @DELETE
    @Path("/copies/{barcode}/loan-block")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Lift the loan block")
    @APIResponse(responseCode = "200", description = "The copy without loan block")
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
    @APIResponseSchema(value = ReservationView.class, responseCode = "201", responseDescription = "Placed")
    @APIResponse(responseCode = "403", description = "Not a copy of your location (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "Unknown copy or patron (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The copy already has a copy reservation (CONFLICT); the copy is "
            + "withdrawn (COPY_WITHDRAWN)")
    @APIResponse(responseCode = "422", description = "The pickup location is not a location of your organisation "
            + "(PICKUP_LOCATION_INVALID)")
    public Response reserveCopy(@PathParam("barcode") String barcode, @Valid @NotNull CopyReservationRequest request) {
        ReservationView view = copies.reserveCopy(currentUser.actor(), barcode, request);
        return Created.at("/api/reservations/" + view.id(), view);
    }
}
