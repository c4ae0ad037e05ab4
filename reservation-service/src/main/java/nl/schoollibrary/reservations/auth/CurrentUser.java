package nl.schoollibrary.reservations.auth;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The calling user of this request, from the access token's claims. */
@RequestScoped
public class CurrentUser {

    @Inject JsonWebToken token;

    public Actor actor() {
        if (token == null || token.getRawToken() == null) {
            throw new UnauthorizedException();
        }
        Role role = token.getGroups().stream().findFirst().map(Role::valueOf).orElseThrow(UnauthorizedException::new);
        return new Actor(Long.parseLong(token.getSubject()), token.getName(), role,
                longClaim(TokenClaims.PATRON_ID), longClaim(TokenClaims.SCHOOL_ID),
                longClaim(TokenClaims.ORGANISATION_ID), longClaim(TokenClaims.LOCATION_ID), scopes());
    }

    /** The login session of the caller's access token (none for an integration client). */
    public Optional<Long> sessionId() {
        return token == null || token.getRawToken() == null ? Optional.empty()
                : Optional.ofNullable(longClaim(TokenClaims.SESSION_ID));
    }

    private Set<String> scopes() {
        Object value = token.getClaim(TokenClaims.SCOPE);
        if (value == null) {
            return Set.of();
        }
        String text = value.toString().replace("\"", "");
        return text.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(text.trim().split("\\s+")));
    }

    private Long longClaim(String name) {
        return TokenClaims.longClaim(token, name);
    }
}
