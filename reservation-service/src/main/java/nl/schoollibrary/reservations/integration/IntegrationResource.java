package nl.schoollibrary.reservations.integration;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientSecret;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientView;
import nl.schoollibrary.reservations.integration.IntegrationDtos.CreateClientRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.EventFeed;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

/** Integration clients (administrators), and what the clients use: the event feed and the student import. */
@Path("/api")
@Tag(name = "Integration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class IntegrationResource {

    /** Both import operations share one entry in the contract; the description covers both. */
    private static final String IMPORT = "Create, update and (with deactivateMissing) deactivate students by student "
            + "number. A field or column left out leaves the value unchanged (an empty firstName or groupName clears "
            + "it). The library link changes only with consentBy and consentAt. dryRun reports without changing. The "
            + "same import twice changes nothing. All-or-nothing unless allOrNothing=false. CSV: UTF-8, comma or "
            + "semicolon separated, a header row naming the columns (studentNumber, firstName, lastName, groupName, "
            + "active, libraryLink, consentBy, consentAt; studentNumber required), options as query parameters; a file "
            + "that cannot be read exactly is refused whole (IMPORT_FILE_INVALID). deactivateMissing is refused "
            + "(DEACTIVATION_REFUSED) when a row is rejected, when there are no students, or when it would deactivate "
            + "more than the allowed share of the school's active students without confirmDeactivation set to that "
            + "exact number.";

    // The answers of both import operations (JSON and CSV).
    private static final String IMPORT_400 = "Rows not valid (VALIDATION_FAILED, errors name the lines), or the CSV"
            + " file cannot be read (IMPORT_FILE_INVALID, errors name the lines; nothing is imported)";
    private static final String IMPORT_404 = "Unknown school, or not one of the client's (NOT_FOUND)";
    private static final String IMPORT_409 = "Students of the school were added at the same time (CONFLICT)";
    private static final String IMPORT_422 = "deactivateMissing refused (DEACTIVATION_REFUSED); nothing was imported";

    @Inject IntegrationClientService clients;
    @Inject IntegrationReads reads;
    @Inject StudentImport students;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/integration-clients")
    @Operation(summary = "Integration clients of every organisation (administrators)")
    @APIResponse(responseCode = "200", description = "The clients")
    public List<ClientView> integrationClients() {
        return reads.clients();
    }

    @POST
    @Path("/integration-clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an integration client; the answer holds its secret, shown only this once")
    @APIResponseSchema(value = ClientSecret.class, responseCode = "201",
            responseDescription = "Created (Cache-Control: no-store)")
    @APIResponse(responseCode = "409", description = "Client id taken (CONFLICT)")
    public Response createIntegrationClient(@Valid @NotNull CreateClientRequest request) {
        ClientSecret created = clients.create(request);
        // No Location: the client has no resource of its own to read (GET /api/integration-clients lists them).
        return Response.status(Response.Status.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store").entity(created)
                .build();
    }

    @POST
    @Path("/integration-clients/{id}/rotate-secret")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Give the client a new secret (the old one stops working)")
    @APIResponse(responseCode = "200", description = "The new secret (Cache-Control: no-store)")
    public ClientSecret rotateSecret(@PathParam("id") long id) {
        return clients.rotate(id);
    }

    @POST
    @Path("/integration-clients/{id}/disable")
    @Operation(summary = "Disable a client: it gets no new tokens, and the tokens it has stop working",
            description = "At once on this service instance; on other instances within reservation.auth.account-check-cache "
                    + "(5 seconds by default).")
    @APIResponse(responseCode = "200", description = "Disabled")
    public ClientView disableClient(@PathParam("id") long id) {
        return clients.disable(id);
    }

    @GET
    @Path("/events")
    @RolesAllowed({Role.INTEGRATION_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Domain events as a cursor feed (scope events:read), limited to the client's school or organisation",
            description = "Stable order by id; keep the last id and pass it as after= to continue (at least once).")
    @APIResponse(responseCode = "200", description = "Events after the cursor")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit (VALIDATION_FAILED)")
    public EventFeed events(
            @Parameter(description = "Cursor: the last event id you processed")
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Actor actor = currentUser.actor();
        actor.requireScope("events:read");
        return reads.events(actor, after, limit);
    }

    @POST
    @Path("/students/import")
    @RolesAllowed({Role.INTEGRATION_ROLE, Role.ADMIN_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import students of one school (JSON; scope students:write)", description = IMPORT)
    @APIResponse(responseCode = "200", description = "What changed (or would change)")
    @APIResponse(responseCode = "400", description = IMPORT_400)
    @APIResponse(responseCode = "404", description = IMPORT_404)
    @APIResponse(responseCode = "409", description = IMPORT_409)
    @APIResponse(responseCode = "422", description = IMPORT_422)
    public ImportResult importStudents(@Valid @NotNull ImportRequest request) {
        Actor actor = currentUser.actor();
        actor.requireScope("students:write");
        return students.importJson(actor, request);
    }

    @POST
    @Path("/students/import")
    @RolesAllowed({Role.INTEGRATION_ROLE, Role.ADMIN_ROLE})
    @Consumes("text/csv")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
            example = "studentNumber,firstName,lastName,groupName,libraryLink,consentBy,consentAt\n"
                    + "2024-0137,Sanne,de Vries,groep 6,true,ouder via schooladministratie,2026-09-01T10:00:00Z")))
    @Operation(summary = "Import students of one school (CSV with a header row; scope students:write)",
            description = IMPORT)
    @APIResponse(responseCode = "200", description = "What changed (or would change)")
    @APIResponse(responseCode = "400", description = IMPORT_400)
    @APIResponse(responseCode = "404", description = IMPORT_404)
    @APIResponse(responseCode = "409", description = IMPORT_409)
    @APIResponse(responseCode = "422", description = IMPORT_422)
    public ImportResult importStudentsCsv(InputStream csv,
            @QueryParam("schoolId") @Positive Long schoolId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("deactivateMissing") @DefaultValue("false") boolean deactivateMissing,
            @Parameter(description = "With deactivateMissing: the exact number of students it will deactivate")
            @QueryParam("confirmDeactivation") @Min(0) Integer confirmDeactivation,
            @QueryParam("allOrNothing") @DefaultValue("true") boolean allOrNothing) {
        Actor actor = currentUser.actor();
        actor.requireScope("students:write");
        return students.importCsv(actor, schoolId,
                new StudentImport.Options(dryRun, deactivateMissing, allOrNothing, confirmDeactivation), csv);
    }
}
