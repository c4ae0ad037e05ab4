package nl.schoollibrary.reservations.location;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.location.LocationDtos.Location;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public list of locations (the student portal's pickup choices and opening hours). Inactive locations are left
 * out, unless staff ask for them.
 */
@Path("/api/locations")
@Tag(name = "Locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

    @Inject LocationQueries locations;

    @GET
    @PermitAll
    @Operation(summary = "All active locations (branches and school libraries) with opening hours and closed periods",
            description = "Open to everyone. includeInactive=true adds the inactive locations for staff (ignored for "
                    + "anyone else).")
    @APIResponse(responseCode = "200", description = "The locations")
    public List<Location> locations(
            @Parameter(description = "Staff: also the inactive locations") @QueryParam("includeInactive")
            @DefaultValue("false") boolean includeInactive,
            @Context SecurityContext security) {
        boolean staff = includeInactive && (security.isUserInRole(Role.ADMIN_ROLE)
                || security.isUserInRole(Role.LIBRARY_STAFF_ROLE) || security.isUserInRole(Role.SCHOOL_STAFF_ROLE));
        return locations.all(staff);
    }
}
