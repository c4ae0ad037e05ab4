package nl.schoollibrary.reservations.catalogue;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.Theme;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.TitleDetail;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.TitleSummary;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.reservation.ReservationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue: search, a title with its availability, and the themes; open to everyone. */
@Path("/api")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CatalogueResource {

    @Inject CatalogueQueries queries;
    @Inject SecurityIdentity identity;
    @Inject CurrentUser currentUser;
    @Inject ReservationService reservations;

    @GET
    @Path("/titles")
    @Operation(summary = "Search and browse titles",
            description = "Full-text search in Dutch (stemmed, accents folded, each word also as a prefix), ranked; "
                    + "without q, all titles in alphabetical order. Filters combine.")
    @APIResponse(responseCode = "200", description = "One page of titles")
    public Page<TitleSummary> searchTitles(
            @Parameter(description = "Search words", example = "weerwolf") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Theme code", example = "griezelen") @QueryParam("theme") @Size(max = 40)
            String theme,
            @Parameter(description = "Age group", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"0-4", "4-6", "6-9", "9-12", "12-15"})) @QueryParam("ageGroup") @Size(max = 10)
            String ageGroup,
            @Parameter(description = "Only titles with a copy at this location") @QueryParam("locationId") @Positive
            Long locationId,
            @Parameter(description = "Only titles with a copy on the shelf now (at the location, if given)")
            @QueryParam("availableNow") @DefaultValue("false") boolean availableNow,
            @Parameter(description = "Zero-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000)
            int page,
            @Parameter(description = "Page size") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.search(new SearchCriteria(q, theme, ageGroup, locationId, availableNow, page, size));
    }

    @GET
    @Path("/titles/{id}")
    @Operation(summary = "A title with availability per location and its copies",
            description = "With a student's token, also the reservation options per pickup location (allowed, or the "
                    + "reason code why not); no options at all when the school allows no reserving.")
    @APIResponse(responseCode = "200", description = "The title")
    public TitleDetail titleDetail(@Parameter(description = "Title id") @PathParam("id") long titleId) {
        TitleDetail detail = queries.title(titleId).orElseThrow(() -> ProblemException.notFound("Title", titleId));
        if (!identity.isAnonymous() && identity.hasRole(Role.STUDENT_ROLE)) {
            return detail.withReservationOptions(reservations.options(currentUser.actor(), titleId));
        }
        return detail;
    }

    @GET
    @Path("/themes")
    @Operation(summary = "Themes for browsing (snuffelcatalogus), with title counts")
    @APIResponse(responseCode = "200", description = "All themes")
    public List<Theme> themes() {
        return queries.themes();
    }
}
