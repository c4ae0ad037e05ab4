package nl.schoollibrary.reservations.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolPolicyView;
import nl.schoollibrary.reservations.school.SchoolDtos.UpdateSchoolPolicyRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reservation policy of a school. */
@Path("/api")
@Tag(name = "Staff controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class SchoolPolicyResource {

    @Inject SchoolPolicyService policies;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/schools/{id}/policy")
    @Operation(summary = "The reservation policy of a school")
    @APIResponse(responseCode = "200", description = "The policy")
    public SchoolPolicyView policy(@PathParam("id") long id) {
        return policies.policy(currentUser.actor(), id);
    }

    @PUT
    @Path("/schools/{id}/policy")
    @RolesAllowed({Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Change the reservation policy of a school (library staff and administrators)")
    @APIResponse(responseCode = "200", description = "The policy")
    public SchoolPolicyView updatePolicy(@PathParam("id") long id, @Valid @NotNull UpdateSchoolPolicyRequest request) {
        return policies.updatePolicy(currentUser.actor(), id, request);
    }
}
