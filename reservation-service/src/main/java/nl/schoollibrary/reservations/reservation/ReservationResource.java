package nl.schoollibrary.reservations.reservation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.IdempotentRetry;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.reservation.ReservationDtos.CancelRequest;
import nl.schoollibrary.reservations.reservation.ReservationDtos.MoveRequest;
import nl.schoollibrary.reservations.reservation.ReservationDtos.NotNeededAfterRequest;
import nl.schoollibrary.reservations.reservation.ReservationDtos.PlaceReservationRequest;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationDtos.SuspendRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Title reservations: a student places and changes their own, staff those of the students in their scope; the queue of
 * a title.
 */
@Path("/api")
@Tag(name = "Reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STUDENT_ROLE, Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class ReservationResource {

    @Inject ReservationService service;
    @Inject ReservationPlacing placing;
    @Inject ReservationReads reads;
    @Inject ReservationAccess access;
    @Inject CurrentUser currentUser;
    @Inject IdempotentRetry retry;

    @POST
    @Path("/reservations")
    @Operation(summary = "Place a title reservation",
            description = "A student reserves for themselves; staff reserve for a student in their scope (patronId). "
                    + "Refusals are 422/409 problems with a reason code: RESERVATIONS_NOT_ALLOWED, AVAILABLE_ON_SHELF, "
                    + "LIBRARY_LINK_MISSING, LIBRARY_MEMBERSHIP_REQUIRED, PICKUP_LOCATION_INVALID, TITLE_NOT_RESERVABLE, "
                    + "DUPLICATE_RESERVATION, RESERVATION_LIMIT_REACHED.")
    @APIResponseSchema(value = ReservationView.class, responseCode = "201",
            responseDescription = "Placed; the body has the place in line and the estimated date")
    @APIResponse(responseCode = "404", description = "Unknown title or patron (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "DUPLICATE_RESERVATION")
    @APIResponse(responseCode = "422", description = "Refused by a reservation rule (see the code)")
    public Response placeReservation(@Valid @NotNull PlaceReservationRequest request) {
        Actor actor = currentUser.actor();
        ReservationView view;
        try {
            view = placing.place(actor, request);
        } catch (ProblemException e) {
            if (e.code() != ErrorCode.DUPLICATE_RESERVATION || retry.earlierTry().isEmpty()) {
                throw e;
            }
            // The earlier try of this request committed its placement before it could answer: answer with that.
            ReservationView placed = reads.placedSince(actor.username(), access.patronToActFor(actor,
                    request.patronId()), request.titleId(), retry.earlierTry().get(), actor.isStaff()).orElseThrow(() -> e);
            return Response.fromResponse(Created.at("/api/reservations/" + placed.id(), placed))
                    .header("Idempotent-Replayed", "true").build();
        }
        return Created.at("/api/reservations/" + view.id(), view);
    }

    @GET
    @Path("/reservations")
    @RolesAllowed({Role.STUDENT_ROLE, Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE,
            Role.INTEGRATION_ROLE})
    @Operation(summary = "List reservations in the caller's scope (own, school, organisation), newest first",
            description = "Integration clients need the scope reservations:read and see their school or organisation.")
    @APIResponse(responseCode = "200", description = "One page of reservations")
    @APIResponse(responseCode = "400", description = "A bad filter or page (VALIDATION_FAILED)")
    public Page<ReservationView> reservations(
            @Parameter(description = "Filter by status (case-insensitive)") @QueryParam("status") ReservationStatus status,
            @Parameter(description = "Filter by title") @QueryParam("titleId") @Positive Long titleId,
            @Parameter(description = "Filter by patron (staff)") @QueryParam("patronId") @Positive Long patronId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Actor actor = currentUser.actor();
        actor.requireScope("reservations:read");
        return reads.page(actor, new ReservationReads.Filter(status, titleId, patronId), page, size);
    }

    @GET
    @Path("/reservations/{id}")
    @Operation(summary = "One reservation (404 when outside the caller's scope)")
    @APIResponse(responseCode = "200", description = "The reservation")
    public ReservationView reservation(@Parameter(description = "Reservation id") @PathParam("id") long reservationId) {
        Actor actor = currentUser.actor();
        access.visibleReservation(actor, reservationId);
        return reads.byId(reservationId, actor.isStaff()).orElseThrow();
    }

    @POST
    @Path("/reservations/{id}/cancel")
    @Operation(summary = "Cancel a reservation (a student their own; staff with a reason)",
            description = "A ready reservation's copy goes to the hold-shelf clearance list; the student gets a message "
                    + "when staff cancel.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Already closed (CONFLICT)")
    public ReservationView cancelReservation(@Parameter(description = "Reservation id") @PathParam("id") long id,
            @Valid CancelRequest request) {
        return service.cancel(currentUser.actor(), id, request == null ? null : request.reason());
    }

    @POST
    @Path("/reservations/{id}/suspend")
    @Operation(summary = "Pause a waiting reservation until a date: it keeps its place but is skipped")
    @APIResponse(responseCode = "200", description = "Paused")
    @APIResponse(responseCode = "409", description = "Not waiting (CONFLICT)")
    public ReservationView suspendReservation(@PathParam("id") long id, @Valid @NotNull SuspendRequest request) {
        return service.suspend(currentUser.actor(), id, request.until());
    }

    @POST
    @Path("/reservations/{id}/resume")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "End the pause of a waiting reservation")
    @APIResponse(responseCode = "200", description = "Resumed")
    @APIResponse(responseCode = "409", description = "Not waiting (CONFLICT)")
    public ReservationView resumeReservation(@PathParam("id") long id) {
        return service.resume(currentUser.actor(), id);
    }

    @PUT
    @Path("/reservations/{id}/not-needed-after")
    @Operation(summary = "Set or clear the date after which a waiting reservation closes itself")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "Not waiting (CONFLICT)")
    public ReservationView setNotNeededAfter(@PathParam("id") long id, @Valid @NotNull NotNeededAfterRequest request) {
        return service.notNeededAfter(currentUser.actor(), id, request.date());
    }

    @POST
    @Path("/reservations/{id}/move")
    @RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Move a waiting reservation one place up or down in its queue, with a reason (staff)")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "Already first/last, or not waiting (CONFLICT)")
    public ReservationView moveReservation(@PathParam("id") long id, @Valid @NotNull MoveRequest request) {
        return service.move(currentUser.actor(), id, request.direction(), request.reason());
    }

    @GET
    @Path("/titles/{id}/queue")
    @RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The waiting queue of a title within the staff member's scope (copy reservations first)")
    @APIResponse(responseCode = "200", description = "The queue")
    public List<ReservationView> titleQueue(@PathParam("id") long titleId) {
        if (!reads.titleExists(titleId)) {
            throw ProblemException.notFound("Title", titleId);
        }
        return reads.queue(currentUser.actor(), titleId);
    }
}
