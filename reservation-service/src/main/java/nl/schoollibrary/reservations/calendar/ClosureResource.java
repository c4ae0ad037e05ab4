package nl.schoollibrary.reservations.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.calendar.ClosureDtos.Closure;
import nl.schoollibrary.reservations.calendar.ClosureDtos.ClosureCreated;
import nl.schoollibrary.reservations.calendar.ClosureDtos.NewClosure;
import nl.schoollibrary.reservations.common.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Closures of one or many locations (holidays, a renovation): staff make them for the locations in their scope
 * (administrators any, library staff their organisation's, school staff their school library).
 */
@Path("/api/closures")
@Tag(name = "Locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class ClosureResource {

    @Inject ClosureService closures;
    @Inject CurrentUser currentUser;

    @GET
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The closures of the locations in your scope that end on from or later, by start date")
    @APIResponse(responseCode = "200", description = "The closures (at most 1000), each with its locations in your "
            + "scope")
    @APIResponse(responseCode = "403", description = "locationId is outside your scope (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such location (NOT_FOUND)")
    public List<Closure> closures(
            @Parameter(description = "Only the closures of this location") @QueryParam("locationId") @Positive
            Long locationId,
            @Parameter(description = "Closures ending on this day or later; default today") @QueryParam("from")
            LocalDate from) {
        return closures.list(currentUser.actor(), locationId, from);
    }

    @POST
    @Operation(summary = "Close one or many locations from one date to another",
            description = "Every location must be in your scope (one outside: 403 for the whole request). In the same "
                    + "transaction every READY reservation picked up at one of them whose pickup-by date falls in the "
                    + "closure moves to the next open day after it; the student gets a message "
                    + "RESERVATION_PICKUP_BY_MOVED.")
    @APIResponseSchema(value = ClosureCreated.class, responseCode = "201")
    @APIResponse(responseCode = "400", description = "to before from, longer than 366 days, or another field breaks a "
            + "rule (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "A location outside your scope (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such location (NOT_FOUND)")
    public Response createClosure(@Valid @NotNull NewClosure request) {
        ClosureCreated created = closures.create(currentUser.actor(), request);
        return Created.at("/api/closures?from=" + created.closure().from(), created);
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Delete a closure: its days are open again; pickup-by dates are not moved back",
            description = "Every location of the closure must be in your scope.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "A location of the closure is outside your scope (FORBIDDEN)")
    public void deleteClosure(@Parameter(description = "Closure id") @PathParam("id") long id) {
        closures.delete(currentUser.actor(), id);
    }
}
