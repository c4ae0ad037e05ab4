package nl.schoollibrary.reservations.location;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.ShelfEntry;
import nl.schoollibrary.reservations.catalogue.CatalogueQueries;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.QueryParams;
import nl.schoollibrary.reservations.location.LocationDtos.Location;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/locations")
@Tag(name = "Locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

    private final LocationQueries locations;
    private final CatalogueQueries catalogue;

    public LocationResource(LocationQueries locations, CatalogueQueries catalogue) {
        this.locations = locations;
        this.catalogue = catalogue;
    }

    @GET
    @PermitAll
    @Operation(summary = "All locations (branches and school libraries) with opening hours and closed periods")
    @APIResponse(responseCode = "200", description = "The locations")
    public List<Location> locations() {
        return locations.all();
    }

    @GET
    @Path("/{id}/shelf")
    @PermitAll
    @Operation(summary = "Browse the shelf of a location (kijkje in de kast): titles in shelf-mark order")
    @APIResponse(responseCode = "200", description = "One page of the shelf")
    @APIResponse(responseCode = "404", description = "No such location (NOT_FOUND)")
    public Page<ShelfEntry> shelf(
            @Parameter(description = "Location id", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @PathParam("id") String id,
            @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "40")) @QueryParam("size") String size) {
        long locationId = QueryParams.pathId(id, "Location");
        int pageNumber = QueryParams.intParam("page", page, 0, 0, 10_000);
        int pageSize = QueryParams.intParam("size", size, 40, 1, 100);
        if (!locations.exists(locationId)) {
            throw ProblemException.notFound("Location", locationId);
        }
        return catalogue.shelf(locationId, pageNumber, pageSize);
    }
}
