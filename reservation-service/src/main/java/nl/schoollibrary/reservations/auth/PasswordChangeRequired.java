package nl.schoollibrary.reservations.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemResponses;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place where a token of a login with a temporary password or start code ({@link TokenClaims#MUST_CHANGE_PASSWORD})
 * is held to changing it: every request but {@link #ALLOWED} is answered 403 PASSWORD_CHANGE_REQUIRED, before any
 * other work (and before an Idempotency-Key is claimed). Like the rate limit, it reads the identity the security
 * layer established for the endpoint and never triggers authentication itself; public endpoints are not affected.
 */
public class PasswordChangeRequired {

    /** What such a token may still do: who am I, change the password, log out, refresh. */
    static final Set<String> ALLOWED = Set.of("GET /api/me", "POST /api/me/password", "POST /api/auth/logout",
            "POST /api/auth/refresh");

    private final RoutingContext routing;

    public PasswordChangeRequired(RoutingContext routing) {
        this.routing = routing;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 10)
    public Optional<Response> check(ContainerRequestContext request) {
        if (!(routing.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object mustChange = token.getClaim(TokenClaims.MUST_CHANGE_PASSWORD);
        if (mustChange == null || !"true".equals(mustChange.toString())) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (ALLOWED.contains(request.getMethod() + " " + trimmed)) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.build(ErrorCode.PASSWORD_CHANGE_REQUIRED, "You logged in with a temporary"
                + " password or start code: choose your own password first (POST /api/me/password).", path, List.of(),
                Map.of()));
    }
}
