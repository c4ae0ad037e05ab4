package nl.schoollibrary.reservations.integration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.QueryParams;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientSecret;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientView;
import nl.schoollibrary.reservations.integration.IntegrationDtos.CreateClientRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.EventFeed;
import nl.schoollibrary.reservations.integration.IntegrationDtos.EventView;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ImportResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Integration")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

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

    private final IntegrationClients clients;
    private final StudentImport students;
    private final Jdbc jdbc;
    private final CurrentUser currentUser;
    private final ObjectMapper mapper;

    public IntegrationResource(IntegrationClients clients, StudentImport students, Jdbc jdbc, CurrentUser currentUser,
            ObjectMapper mapper) {
        this.clients = clients;
        this.students = students;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.mapper = mapper;
    }

    @GET
    @Path("/integration-clients")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Integration clients of your organisation (administrators)")
    @APIResponse(responseCode = "200", description = "The clients")
    public List<ClientView> integrationClients() {
        return clients.list(currentUser.actor());
    }

    @POST
    @Path("/integration-clients")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an integration client; the answer holds its secret, shown only this once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientSecret.class)))
    @APIResponse(responseCode = "409", description = "Client id taken (CONFLICT)")
    public Response createIntegrationClient(@Valid @NotNull CreateClientRequest request) {
        ClientSecret created = clients.create(currentUser.actor(), request);
        return Response.status(201).entity(created).build();
    }

    @POST
    @Path("/integration-clients/{id}/rotate-secret")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Give the client a new secret (the old one stops working)")
    @APIResponse(responseCode = "200", description = "The new secret")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public ClientSecret rotateSecret(@PathParam("id") String id) {
        return clients.rotate(currentUser.actor(), QueryParams.pathId(id, "Integration client"));
    }

    @POST
    @Path("/integration-clients/{id}/disable")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Disable a client: it gets no new tokens, and the tokens it has stop working",
            description = "At once on this service instance; on other instances within reservation.auth.account-check-cache "
                    + "(5 seconds by default).")
    @APIResponse(responseCode = "200", description = "Disabled")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public ClientView disableClient(@PathParam("id") String id) {
        return clients.setActive(currentUser.actor(), QueryParams.pathId(id, "Integration client"), false);
    }

    @GET
    @Path("/events")
    @RolesAllowed({Role.INTEGRATION_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Domain events as a cursor feed (scope events:read), limited to the client's school or organisation",
            description = "Stable order by id; keep the last id and pass it as after= to continue (at least once).")
    @APIResponse(responseCode = "200", description = "Events after the cursor")
    public EventFeed events(
            @Parameter(description = "Cursor: the last event id you processed", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", defaultValue = "0")) @QueryParam("after") String after,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        Actor actor = currentUser.actor();
        actor.requireScope("events:read");
        long cursor = after == null || after.isBlank() ? 0 : parseCursor(after);
        int max = QueryParams.intParam("limit", limit, 100, 1, 1000);
        String tenant = actor.schoolId() != null && actor.role() == Role.INTEGRATION ? "school_id = ?" : "organisation_id = ?";
        Object param = actor.schoolId() != null && actor.role() == Role.INTEGRATION ? actor.schoolId()
                : actor.organisationId();
        List<EventView> items = jdbc.list("SELECT id, occurred_at, type, aggregate_type, aggregate_id, school_id,"
                + " payload::text FROM domain_event WHERE " + tenant + " AND id > ? ORDER BY id LIMIT ?",
                rs -> new EventView(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getObject(6, Long.class), map(rs.getString(7))), param, cursor, max + 1);
        boolean more = items.size() > max;
        List<EventView> page = more ? items.subList(0, max) : items;
        return new EventFeed(List.copyOf(page), page.isEmpty() ? cursor : page.get(page.size() - 1).id(), more);
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
        long school = school(actor, request.schoolId());
        List<StudentRows.Line> lines = new ArrayList<>(request.students().size());
        for (int i = 0; i < request.students().size(); i++) {
            lines.add(new StudentRows.Line(i + 1, request.students().get(i)));
        }
        StudentImport.Options options = new StudentImport.Options(Boolean.TRUE.equals(request.dryRun()),
                Boolean.TRUE.equals(request.deactivateMissing()), request.allOrNothing() == null || request.allOrNothing(),
                request.confirmDeactivation());
        return students.run(actor, school, options, lines, List.of());
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
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("schoolId") String schoolId,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("deactivateMissing") String deactivateMissing,
            @Parameter(description = "With deactivateMissing: the exact number of students it will deactivate",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("confirmDeactivation")
            String confirmDeactivation,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("allOrNothing") String allOrNothing) {
        Actor actor = currentUser.actor();
        actor.requireScope("students:write");
        long school = school(actor, QueryParams.idParam("schoolId", schoolId));
        StudentImport.Options options = new StudentImport.Options(QueryParams.boolParam("dryRun", dryRun),
                QueryParams.boolParam("deactivateMissing", deactivateMissing),
                allOrNothing == null || allOrNothing.isBlank() || QueryParams.boolParam("allOrNothing", allOrNothing),
                confirmDeactivation == null || confirmDeactivation.isBlank() ? null
                        : QueryParams.intParam("confirmDeactivation", confirmDeactivation, 0, 0, Integer.MAX_VALUE));
        StudentCsv.Read read = StudentCsv.read(csv);
        return students.run(actor, school, options, read.lines(), read.rowErrors());
    }

    /** The school to import into: the client's own, or (organisation clients, admins) one of the organisation's. */
    private long school(Actor actor, Long requested) {
        if (actor.role() == Role.INTEGRATION && actor.schoolId() != null) {
            if (requested != null && !requested.equals(actor.schoolId())) {
                throw ProblemException.notFound("School", requested);
            }
            return actor.schoolId();
        }
        if (requested == null) {
            throw ProblemException.invalid("schoolId", "is required for a client of a whole organisation");
        }
        if (jdbc.count("SELECT count(*) FROM school WHERE id = ? AND organisation_id = ?", requested,
                actor.organisationId()) == 0) {
            throw ProblemException.notFound("School", requested);
        }
        return requested;
    }

    private static long parseCursor(String after) {
        try {
            long value = Long.parseLong(after.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw ProblemException.invalid("after", "must be an event id (0 or more)");
    }

    private Map<String, Object> map(String json) {
        try {
            return mapper.readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
