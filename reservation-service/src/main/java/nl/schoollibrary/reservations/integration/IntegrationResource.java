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
import nl.schoollibrary.reservations.integration.IntegrationDtos.RowError;
import nl.schoollibrary.reservations.integration.IntegrationDtos.StudentRow;
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
    @Operation(summary = "Disable a client: it gets no new tokens")
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
    @Operation(summary = "Import students of one school (JSON; scope students:write)",
            description = "Create, update and (with deactivateMissing) deactivate students by student number. The library "
                    + "link is set only with consentBy and consentAt. dryRun reports without changing. The same import "
                    + "twice changes nothing. All-or-nothing unless allOrNothing=false.")
    @APIResponse(responseCode = "200", description = "What changed (or would change)")
    @APIResponse(responseCode = "400", description = "Rows not valid (VALIDATION_FAILED, errors name the lines)")
    @APIResponse(responseCode = "404", description = "The school is not the client's or not in the organisation "
            + "(NOT_FOUND)")
    public ImportResult importStudents(@Valid @NotNull ImportRequest request) {
        Actor actor = currentUser.actor();
        actor.requireScope("students:write");
        long school = school(actor, request.schoolId());
        List<RowError> errors = students.validate(request.students(), 1);
        return students.run(actor, school, request, errors, 1);
    }

    @POST
    @Path("/students/import")
    @RolesAllowed({Role.INTEGRATION_ROLE, Role.ADMIN_ROLE})
    @Consumes("text/csv")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
            example = "studentNumber,firstName,lastName,groupName,libraryLink,consentBy,consentAt\n"
                    + "2024-0137,Sanne,de Vries,groep 6,true,ouder via schooladministratie,2026-09-01T10:00:00Z")))
    @Operation(summary = "Import students of one school (CSV with a header row; scope students:write)",
            description = "Columns: studentNumber, firstName, lastName, groupName, active, libraryLink, consentBy, "
                    + "consentAt. Options as query parameters.")
    @APIResponse(responseCode = "200", description = "What changed (or would change)")
    @APIResponse(responseCode = "400", description = "Rows not valid (VALIDATION_FAILED, errors name the lines)")
    @APIResponse(responseCode = "404", description = "The school is not the client's or not in the organisation "
            + "(NOT_FOUND)")
    public ImportResult importStudentsCsv(String csv,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("schoolId") String schoolId,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("deactivateMissing") String deactivateMissing,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("allOrNothing") String allOrNothing) {
        Actor actor = currentUser.actor();
        actor.requireScope("students:write");
        long school = school(actor, QueryParams.idParam("schoolId", schoolId));
        List<RowError> errors = new ArrayList<>();
        List<StudentRow> rows = StudentImport.parseCsv(csv, errors);
        errors.addAll(students.validate(rows, 2));
        // A bad header (line 1) makes every row doubtful: then the import is all-or-nothing whatever was asked.
        boolean badHeader = errors.stream().anyMatch(e -> e.line() == 1);
        ImportRequest request = new ImportRequest(school, QueryParams.boolParam("dryRun", dryRun),
                QueryParams.boolParam("deactivateMissing", deactivateMissing),
                badHeader || allOrNothing == null || allOrNothing.isBlank()
                        || QueryParams.boolParam("allOrNothing", allOrNothing),
                rows);
        return students.run(actor, school, request, errors, 2);
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
