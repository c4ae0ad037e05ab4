package nl.schoollibrary.reservations.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schoollibrary.reservations.account.AccountDtos.NewAdministrator;
import nl.schoollibrary.reservations.account.AccountDtos.SetupStatus;
import nl.schoollibrary.reservations.auth.LoginResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The first administrator of an empty installation, made with the setup link from the service's log. */
@Path("/api/setup")
@Tag(name = "Setup")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SetupResource {

    @Inject Setup setup;

    @GET
    @Operation(summary = "Whether the installation still needs its first administrator")
    @APIResponse(responseCode = "200", description = "The setup status")
    public SetupStatus setupStatus() {
        return setup.status();
    }

    @POST
    @Path("/administrator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the first administrator with the setup link's token, and log in",
            description = "Only while no active administrator exists (then SETUP_DONE, whatever the token). The token "
                    + "is in the link the service logs at start (First administrator: open …/setup#token=…), works "
                    + "once and for 24 hours.")
    @APIResponseSchema(value = LoginResponse.class, responseCode = "201", responseDescription = "Created and logged in")
    @APIResponse(responseCode = "400", description = "A bad username or display name (VALIDATION_FAILED); the "
            + "password is too short, too long or the username (PASSWORD_TOO_WEAK)")
    @APIResponse(responseCode = "403", description = "The token is wrong, used or expired (SETUP_TOKEN_INVALID)")
    @APIResponse(responseCode = "409", description = "An administrator exists (SETUP_DONE)")
    public Response createAdministrator(@Valid @NotNull NewAdministrator request) {
        return Response.status(Response.Status.CREATED).entity(setup.createAdministrator(request))
                .header("Cache-Control", "no-store").build();
    }
}
