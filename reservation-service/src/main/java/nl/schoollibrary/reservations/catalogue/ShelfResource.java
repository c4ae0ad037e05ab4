package nl.schoollibrary.reservations.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.ShelfEntry;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shelf of a location (kijkje in de kast). It shows titles, so it belongs to the catalogue; its address and tag
 * stay with the locations, and the catalogue asks the location feature whether the location exists, never the other
 * way round.
 */
@Path("/api/locations")
@Tag(name = "Locations")
@Produces(MediaType.APPLICATION_JSON)
public class ShelfResource {

    @Inject CatalogueQueries queries;

    @GET
    @Path("/{id}/shelf")
    @PermitAll
    @Operation(summary = "Browse the shelf of a location (kijkje in de kast): titles in shelf-mark order")
    @APIResponse(responseCode = "200", description = "One page of the shelf")
    @APIResponse(responseCode = "400", description = "A bad page or size (VALIDATION_FAILED)")
    public Page<ShelfEntry> shelf(
            @Parameter(description = "Location id") @PathParam("id") long id,
            @Parameter(description = "Zero-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000)
            int page,
            @Parameter(description = "Page size") @QueryParam("size") @DefaultValue("40") @Min(1) @Max(100) int size) {
        return queries.shelf(id, page, size).orElseThrow(() -> ProblemException.notFound("Location", id));
    }
}
