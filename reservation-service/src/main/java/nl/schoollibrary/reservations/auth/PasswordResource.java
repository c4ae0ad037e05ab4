package nl.schoollibrary.reservations.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

/** A person changes their own password: a temporary one or start code after the first login, or one they chose. */
@Path("/api/me/password")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

    @Schema(name = "PasswordChangeRequest")
    public record PasswordChangeRequest(
            @Schema(description = "The password (or temporary password, or start code) used to log in", required = true)
            @NotNull @Size(max = 1000) String currentPassword,
            @Schema(description = "8 to 200 characters, not the username, not the current password", required = true)
            @NotNull @Size(max = 1000) String newPassword) {
    }

    @Inject AuthService auth;
    @Inject CurrentUser currentUser;

    @POST
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @RolesAllowed({Role.STUDENT_ROLE, Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Change my password",
            description = "Answers like a login: fresh tokens of this session, which no longer require a change. The "
                    + "account's other sessions end. A wrong current password counts as a failed login for the "
                    + "throttle.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "The new password is too short (< 8) or too long (> 200), is the "
            + "username or the current password (PASSWORD_TOO_WEAK); a missing field (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "The current password is wrong (CURRENT_PASSWORD_WRONG)")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords (TOO_MANY_ATTEMPTS, Retry-After header)")
    public LoginResponse changePassword(@Valid @NotNull PasswordChangeRequest request) {
        Actor actor = currentUser.actor();
        return auth.changePassword(actor.userId(), currentUser.sessionId().orElse(null), request.currentPassword(),
                request.newPassword());
    }
}
