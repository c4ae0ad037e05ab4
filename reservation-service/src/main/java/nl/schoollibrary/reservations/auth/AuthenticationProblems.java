package nl.schoollibrary.reservations.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a missing or refused authentication as problem+json: a token of a disabled account or client
 * ({@link AccountDisabled}) is 401 ACCOUNT_DISABLED, anything else 401 AUTHENTICATION_REQUIRED. It lives in auth
 * because only auth knows what a disabled account is; the other failures stay with {@code common/ProblemMappers},
 * which has no mapper for these two types (two would be ambiguous).
 */
public class AuthenticationProblems {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        String path = uri == null ? null : uri.getRequestUri().getRawPath();
        if (AccountDisabled.sessionEnded(e)) {
            return ProblemResponses.build(ErrorCode.SESSION_ENDED, "This session has ended (logged out). Log in again.",
                    path, List.of(), Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        if (AccountDisabled.is(e)) {
            return ProblemResponses.build(ErrorCode.ACCOUNT_DISABLED, AccountDisabled.detail(e), path, List.of(),
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        return ProblemResponses.build(ErrorCode.AUTHENTICATION_REQUIRED,
                "A valid access token is required (Authorization: Bearer …).", path, List.of(),
                Map.of("WWW-Authenticate", "Bearer"));
    }
}
