package nl.schoollibrary.reservations.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.Theme;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.TitleDetail;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.TitleSummary;
import io.quarkus.security.identity.SecurityIdentity;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.reservation.ReservationService;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final CatalogueQueries queries;
    private final SecurityIdentity identity;
    private final CurrentUser currentUser;
    private final ReservationService reservations;

    public CatalogueResource(CatalogueQueries queries, SecurityIdentity identity, CurrentUser currentUser,
            ReservationService reservations) {
        this.queries = queries;
        this.identity = identity;
        this.currentUser = currentUser;
        this.reservations = reservations;
    }

    @GET
    @Path("/titles")
    @PermitAll
    @Operation(summary = "Search and browse titles",
            description = "Full-text search in Dutch (stemmed, accents folded, each word also as a prefix), ranked; "
                    + "without q, all titles in alphabetical order. Filters combine.")
    @APIResponse(responseCode = "200", description = "One page of titles")
    public Page<TitleSummary> searchTitles(
            @Parameter(description = "Search words", example = "weerwolf") @QueryParam("q") String q,
            @Parameter(description = "Theme code", example = "griezelen") @QueryParam("theme") String theme,
            @Parameter(description = "Age group", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"0-4", "4-6", "6-9", "9-12", "12-15"})) @QueryParam("ageGroup") String ageGroup,
            @Parameter(description = "Only titles with a copy at this location",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @QueryParam("locationId") String locationId,
            @Parameter(description = "Only titles with a copy on the shelf now (at the location, if given)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("availableNow") String availableNow,
            @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        SearchCriteria criteria = new SearchCriteria(
                QueryParams.textParam("q", q, 200),
                QueryParams.textParam("theme", theme, 40),
                QueryParams.textParam("ageGroup", ageGroup, 10),
                QueryParams.idParam("locationId", locationId),
                QueryParams.boolParam("availableNow", availableNow),
                QueryParams.intParam("page", page, 0, 0, 10_000),
                QueryParams.intParam("size", size, 20, 1, 100));
        return queries.search(criteria);
    }

    @GET
    @Path("/titles/{id}")
    @PermitAll
    @Operation(summary = "A title with availability per location and its copies",
            description = "With a student's token, also the reservation options per pickup location (allowed, or the "
                    + "reason code why not); no options at all when the school allows no reserving.")
    @APIResponse(responseCode = "200", description = "The title")
    @APIResponse(responseCode = "404", description = "No such title (NOT_FOUND)")
    public TitleDetail titleDetail(@Parameter(description = "Title id", schema = @Schema(type = SchemaType.INTEGER,
            format = "int64")) @PathParam("id") String id) {
        long titleId = QueryParams.pathId(id, "Title");
        TitleDetail detail = queries.title(titleId).orElseThrow(() -> ProblemException.notFound("Title", titleId));
        if (!identity.isAnonymous() && identity.hasRole(Role.STUDENT_ROLE)) {
            return detail.withReservationOptions(reservations.options(currentUser.actor(), titleId));
        }
        return detail;
    }

    @GET
    @Path("/themes")
    @PermitAll
    @Operation(summary = "Themes for browsing (snuffelcatalogus), with title counts")
    @APIResponse(responseCode = "200", description = "All themes")
    public List<Theme> themes() {
        return queries.themes();
    }
}
