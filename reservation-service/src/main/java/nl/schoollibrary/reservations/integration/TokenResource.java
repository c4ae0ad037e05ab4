package nl.schoollibrary.reservations.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schoollibrary.reservations.integration.IntegrationDtos.TokenResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The client-credentials token endpoint of integration clients. It lives with the clients it serves (the
 * integration feature) and keeps its address and tag next to the login of people, so auth does not depend on
 * integration.
 */
@Path("/api/auth/token")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject IntegrationClientService clients;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Client-credentials token for an integration client (OAuth 2, form-encoded)",
            description = "grant_type=client_credentials&client_id=…&client_secret=…[&scope=…]. The token carries the "
                    + "client's scopes (or the requested subset) and its school or organisation.")
    @APIResponse(responseCode = "200", description = "A token")
    @APIResponse(responseCode = "401", description = "Unknown client or wrong secret (INVALID_CREDENTIALS); the right "
            + "secret of a disabled client (ACCOUNT_DISABLED)")
    @APIResponse(responseCode = "403", description = "A requested scope the client does not have (FORBIDDEN)")
    @APIResponse(responseCode = "429", description = "Too many failures (TOO_MANY_ATTEMPTS)")
    public TokenResponse token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope) {
        return clients.token(grantType, clientId, clientSecret, scope);
    }
}
