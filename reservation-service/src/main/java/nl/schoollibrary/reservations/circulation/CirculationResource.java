package nl.schoollibrary.reservations.circulation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.circulation.CirculationDtos.CheckinRequest;
import nl.schoollibrary.reservations.circulation.CirculationDtos.CheckinResult;
import nl.schoollibrary.reservations.circulation.CirculationDtos.CheckoutRequest;
import nl.schoollibrary.reservations.circulation.CirculationDtos.HoldShelf;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanStatus;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanView;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The desk of a location: check-in, check-out and the hold shelf (staff); the loans in the caller's scope. */
@Path("/api")
@Tag(name = "Circulation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE})
public class CirculationResource {

    @Inject CirculationService service;
    @Inject CirculationReads reads;
    @Inject CurrentUser currentUser;

    @POST
    @Path("/checkins")
    @Operation(summary = "Check in a copy at the staff member's location",
            description = "Closes the open loan, then offers the copy to the first reservation it can fill (copy "
                    + "reservations of this copy first, then the title queue). The outcome says what to do with the copy; "
                    + "the alert has the facts the desk shows about the student it is reserved for.")
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(responseCode = "404", description = "Unknown barcode in your organisation (NOT_FOUND)")
    public CheckinResult checkIn(@Valid @NotNull CheckinRequest request) {
        return service.checkIn(currentUser.actor(), request.barcode());
    }

    @POST
    @Path("/checkouts")
    @Operation(summary = "Lend a copy to a patron at the staff member's location",
            description = "Refused with LOAN_BLOCKED (active loan block, unless it fulfils a staff copy reservation of "
                    + "the copy), HELD_FOR_ANOTHER_PATRON, COPY_NOT_AVAILABLE. Fulfils the patron's ready reservation.")
    @APIResponseSchema(value = LoanView.class, responseCode = "201", responseDescription = "Lent")
    @APIResponse(responseCode = "404", description = "Unknown copy or patron (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "HELD_FOR_ANOTHER_PATRON or COPY_NOT_AVAILABLE")
    @APIResponse(responseCode = "422", description = "LOAN_BLOCKED")
    public Response checkOut(@Valid @NotNull CheckoutRequest request) {
        LoanView loan = service.checkOut(currentUser.actor(), request);
        return Created.at("/api/loans/" + loan.id(), loan);
    }

    @GET
    @Path("/checkouts/patron")
    @Operation(summary = "The patron a check-out at the staff member's desk lends to",
            description = "By patron id or library card number (one of them): name, group and school, to check "
                    + "against the child at the desk. School staff find the students and special passes of their "
                    + "school, library staff every patron of their organisation; others are not found.")
    @APIResponse(responseCode = "200", description = "The patron")
    @APIResponse(responseCode = "400", description = "Neither or both of patronId and cardNumber (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "Unknown card, or a patron outside your scope or inactive (NOT_FOUND)")
    public PatronRef checkoutPatron(
            @Parameter(description = "The patron number") @QueryParam("patronId") @Positive Long patronId,
            @Parameter(description = "The library card number") @QueryParam("cardNumber") @Size(max = 20)
            String cardNumber) {
        return service.patronAtDesk(currentUser.actor(), patronId, cardNumber);
    }

    @GET
    @Path("/loans")
    @RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
    @Operation(summary = "List loans in the caller's scope (school or organisation), newest first",
            description = "Integration clients need the scope loans:read and see their school or organisation; staff "
                    + "see their school (school staff) or organisation. Students read their own with GET /api/me/loans. "
                    + "The patron is shown to staff only, and is absent on loans anonymised after the retention period.")
    @APIResponse(responseCode = "200", description = "One page of loans")
    @APIResponse(responseCode = "400", description = "A bad filter or page (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Students, or a client without loans:read (FORBIDDEN)")
    public Page<LoanView> loans(
            @Parameter(description = "OPEN: still lent; RETURNED: checked in (case-insensitive)")
            @QueryParam("status") LoanStatus status,
            @Parameter(description = "Filter by patron") @QueryParam("patronId") @Positive Long patronId,
            @Parameter(description = "Filter by the student number of the school's administration")
            @QueryParam("studentNumber") @Size(max = 40) String studentNumber,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Actor actor = currentUser.actor();
        actor.requireScope("loans:read");
        return reads.loans(actor, status, patronId, studentNumber, page, size);
    }

    @GET
    @Path("/loans/{id}")
    @RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE, Role.INTEGRATION_ROLE})
    @Operation(summary = "One loan (404 when outside the caller's scope; scope loans:read for clients)")
    @APIResponse(responseCode = "200", description = "The loan")
    public LoanView loan(@PathParam("id") long loanId) {
        Actor actor = currentUser.actor();
        actor.requireScope("loans:read");
        return reads.loan(actor, loanId).orElseThrow(() -> ProblemException.notFound("Loan", loanId));
    }

    @GET
    @Path("/hold-shelf")
    @Operation(summary = "The hold shelf of the staff member's location: ready, to clear, and the pick list")
    @APIResponse(responseCode = "200", description = "The hold shelf")
    public HoldShelf holdShelf() {
        Actor actor = currentUser.actor();
        if (actor.locationId() == null) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "The hold shelf belongs to a location.");
        }
        return reads.holdShelf(actor.locationId());
    }
}
