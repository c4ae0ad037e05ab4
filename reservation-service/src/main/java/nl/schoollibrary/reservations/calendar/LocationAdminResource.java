package nl.schoollibrary.reservations.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
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
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.location.LocationDtos.Location;
import nl.schoollibrary.reservations.location.LocationDtos.LocationPatch;
import nl.schoollibrary.reservations.location.LocationDtos.NewLocation;
import nl.schoollibrary.reservations.location.LocationDtos.OpeningHours;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creating and changing locations (administrators) and their opening hours (staff of the location's scope). */
@Path("/api/locations")
@Tag(name = "Locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class LocationAdminResource {

    @Inject LocationAdminService locations;
    @Inject CurrentUser currentUser;

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Create a branch or a school library (administrators)")
    @APIResponseSchema(value = Location.class, responseCode = "201")
    @APIResponse(responseCode = "404", description = "No such organisation or school (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The code is in use (CODE_TAKEN), or the school has a library "
            + "already (CONFLICT)")
    public Response createLocation(@Valid @NotNull NewLocation request) {
        Location created = locations.create(currentUser.actor(), request);
        return Created.at("/api/locations?includeInactive=true", created);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Change or (de)activate a location (administrators); its code, kind and school stay",
            description = "Blank address, postalCode or city clears it.")
    @APIResponse(responseCode = "200", description = "The location as it is now")
    @APIResponse(responseCode = "409", description = "Deactivating while reservations are ready or on their way there "
            + "(LOCATION_IN_USE)")
    public Location changeLocation(@Parameter(description = "Location id") @PathParam("id") long id,
            @Valid @NotNull LocationPatch patch) {
        return locations.change(currentUser.actor(), id, patch);
    }

    @PUT
    @Path("/{id}/opening-hours")
    @Operation(summary = "Replace the opening hours of a location",
            description = "Administrators: any location; library staff: their organisation's; school staff: their "
                    + "school library. At most one entry per weekday, opens before closes; [] registers no opening "
                    + "days (the pickup calendar then counts every day as open). Pickup-by dates already set stay.")
    @APIResponse(responseCode = "200", description = "The location as it is now")
    @APIResponse(responseCode = "400", description = "A weekday twice, or closing before opening (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "A location outside your scope (FORBIDDEN)")
    public Location replaceOpeningHours(@Parameter(description = "Location id") @PathParam("id") long id,
            @NotNull @Size(max = 7) List<@Valid @NotNull OpeningHours> hours) {
        return locations.replaceOpeningHours(currentUser.actor(), id, hours);
    }
}
