package nl.schoollibrary.reservations.location;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.schoollibrary.reservations.location.LocationDtos.Location;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/locations")
@Tag(name = "Locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

    @Inject LocationQueries locations;

    @GET
    @PermitAll
    @Operation(summary = "All locations (branches and school libraries) with opening hours and closed periods")
    @APIResponse(responseCode = "200", description = "The locations")
    public List<Location> locations() {
        return locations.all();
    }
}
