package nl.schoollibrary.reservations.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.school.SchoolDtos.NewSchool;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolPatch;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Schools: administrators create and change them; staff see the schools in their scope. */
@Path("/api")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class SchoolResource {

    @Inject SchoolService schools;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/schools")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The schools in your scope, by name",
            description = "Administrators: every school (of one organisation with organisationId); library staff: "
                    + "their organisation's; school staff: their own.")
    @APIResponse(responseCode = "200", description = "The schools")
    @APIResponse(responseCode = "403", description = "organisationId is not your organisation (FORBIDDEN)")
    public List<SchoolView> schools(
            @Parameter(description = "Only the schools of this organisation") @QueryParam("organisationId") @Positive
            Long organisationId,
            @Parameter(description = "Also the inactive schools") @QueryParam("includeInactive") @DefaultValue("false")
            boolean includeInactive) {
        return schools.list(currentUser.actor(), organisationId, includeInactive);
    }

    @POST
    @Path("/schools")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Create a school with its policy and, when given, its school library (administrators)",
            description = "All in one transaction: on any refusal nothing is written.")
    @APIResponseSchema(value = SchoolView.class, responseCode = "201")
    @APIResponse(responseCode = "404", description = "No such organisation (NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The BRIN belongs to a school (BRIN_TAKEN), or the library's code "
            + "is in use (CODE_TAKEN)")
    public Response createSchool(@Valid @NotNull NewSchool request) {
        SchoolView created = schools.create(currentUser.actor(), request);
        return Created.at("/api/schools?organisationId=" + created.organisationId(), created);
    }

    @PATCH
    @Path("/schools/{id}")
    @RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Change a school: administrators anything, school staff only studentUsernameRule",
            description = "active=false deactivates the school and its library together.")
    @APIResponse(responseCode = "200", description = "The school as it is now")
    @APIResponse(responseCode = "403", description = "Another school, or school staff changing more than the username "
            + "rule (FORBIDDEN)")
    @APIResponse(responseCode = "409", description = "Deactivating while reservations are ready or on their way at "
            + "its library (LOCATION_IN_USE)")
    public SchoolView changeSchool(@Parameter(description = "School id") @PathParam("id") long id,
            @Valid @NotNull SchoolPatch patch) {
        return schools.change(currentUser.actor(), id, patch);
    }
}
