package nl.schoollibrary.reservations.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Verifies each access token once. A token string seen before — the same header, claims and signature, so it was
 * verified — is answered from a bounded cache until it expires; parsing and RSA verification cost ~0.3 ms of CPU on
 * every request (docs/benchmarks.md). Tampered, foreign and expired tokens never enter the cache (verification
 * throws), and a cached one is dropped at its expiry.
 *
 * <p>The tokens it hands out are {@link VerifiedToken}s: reading one of our own claims (patronId, schoolId, …) from
 * smallrye's principal looks the name up with {@code Claims.valueOf} and throws and catches an exception for every
 * name that is not a standard claim — five per request, ~5% of a placement's CPU in the service (docs/benchmarks.md).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    static final int MAX_ENTRIES = 50_000;

    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    public CachingJwtParser(JWTAuthContextInfo authContextInfo) {
        super(authContextInfo, new VerifiedTokenFactory());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken cached = fresh(token);
        return cached != null ? cached : remember(token, super.parse(token));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        JsonWebToken cached = fresh(token);
        return cached != null ? cached : remember(token, super.parse(token, context));
    }

    private JsonWebToken fresh(String token) {
        JsonWebToken cached = verified.get(token);
        if (cached != null && cached.getExpirationTime() <= System.currentTimeMillis() / 1000) {
            verified.remove(token);
            return null;
        }
        return cached;
    }

    private JsonWebToken remember(String token, JsonWebToken parsed) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(token, parsed);
        return parsed;
    }

    /** Creates {@link VerifiedToken}s, with the same verification as smallrye's default factory. */
    static final class VerifiedTokenFactory extends JWTCallerPrincipalFactory {

        private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
            JwtContext context = parser.parse(token, authContextInfo);
            return new VerifiedToken(context.getJoseObjects().get(0).getHeader("typ"), context.getJwtClaims());
        }
    }

    /** A verified token whose claim names are looked up in a map: no exception for names outside {@link Claims}. */
    static final class VerifiedToken extends DefaultJWTCallerPrincipal {

        private static final Map<String, Claims> STANDARD = Arrays.stream(Claims.values())
                .collect(Collectors.toUnmodifiableMap(Claims::name, Function.identity()));

        VerifiedToken(String tokenType, JwtClaims claims) {
            super(tokenType, claims);
        }

        @Override
        protected Claims getClaimType(String claimName) {
            return STANDARD.getOrDefault(claimName, Claims.UNKNOWN);
        }
    }
}
