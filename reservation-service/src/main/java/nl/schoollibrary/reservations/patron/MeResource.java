package nl.schoollibrary.reservations.patron;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.patron.MeDtos.Me;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeResource {

    private final CurrentUser currentUser;
    private final MeQueries queries;

    public MeResource(CurrentUser currentUser, MeQueries queries) {
        this.currentUser = currentUser;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Role.STUDENT_ROLE, Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Who am I: the logged-in user, with the student profile (school, group, library link, membership)")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", description = "No valid token (AUTHENTICATION_REQUIRED)")
    @APIResponse(responseCode = "403", description = "Not a user role (FORBIDDEN)")
    public Me me() {
        long userId = currentUser.actor().userId();
        return queries.me(userId).orElseThrow(() -> ProblemException.notFound("User", userId));
    }
}
