package nl.schoollibrary.reservations.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject AuthService auth;
    @Inject CurrentUser currentUser;

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in with username and password",
            description = "Returns a short-lived RS256 access token carrying the role and the scope claims "
                    + "(patronId, schoolId, organisationId, locationId). Repeated failures lock the username for a while.")
    @APIResponse(responseCode = "200", description = "Logged in")
    @APIResponse(responseCode = "400", description = "Missing or malformed fields (VALIDATION_FAILED)")
    @APIResponse(responseCode = "401", description = "Wrong username or password (INVALID_CREDENTIALS); the right "
            + "password of a disabled account, or of a student no longer active at their school (ACCOUNT_DISABLED)")
    @APIResponse(responseCode = "429", description = "Too many failed attempts (TOO_MANY_ATTEMPTS, Retry-After header)")
    public LoginResponse login(@Valid @NotNull LoginRequest request) {
        return auth.login(request);
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Renew the access token with the session's refresh token",
            description = "Answers like a login, with a new refresh token: the one sent is used up. Presenting a used "
                    + "refresh token again ends the session (someone else holds a copy). The session ends after "
                    + "idleTimeoutSeconds without a refresh, and at sessionExpiresAt.")
    @APIResponse(responseCode = "200", description = "Renewed")
    @APIResponse(responseCode = "400", description = "Missing or malformed fields (VALIDATION_FAILED)")
    @APIResponse(responseCode = "401", description = "The session has ended, was idle too long, or the refresh token "
            + "was used before (SESSION_ENDED); the account has been disabled (ACCOUNT_DISABLED)")
    public LoginResponse refresh(@Valid @NotNull RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.STUDENT_ROLE, Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "End the session: its refresh token and access tokens stop working at once")
    @APIResponse(responseCode = "204", description = "Logged out")
    public void logout() {
        currentUser.sessionId().ifPresent(auth::logout);
    }
}
