package nl.schoollibrary.reservations.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Verifies each access token once. A token string seen before — the same header, claims and signature, so it was
 * verified — is answered from a bounded cache (Caffeine, {@value #MAX_ENTRIES} tokens, least used out first) until it
 * expires; parsing and RSA verification cost ~0.3 ms of CPU on every request (docs/benchmarks.md). Tampered, foreign
 * and expired tokens never enter the cache (verification throws), and a cached one leaves it at its expiry.
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

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfter(new UntilTokenExpiry()).build();

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
        JsonWebToken cached = verified.getIfPresent(token);
        // The cache drops a token at its expiry; this guards the second in which the two clocks' rounding differ.
        return cached != null && cached.getExpirationTime() > System.currentTimeMillis() / 1000 ? cached : null;
    }

    private JsonWebToken remember(String token, JsonWebToken parsed) {
        verified.put(token, parsed);
        return parsed;
    }

    /** A cached token lives until its own expiry ({@code exp}). */
    private static final class UntilTokenExpiry implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken parsed, long currentTime) {
            long millis = parsed.getExpirationTime() * 1000 - System.currentTimeMillis();
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken parsed, long currentTime, long currentDuration) {
            return expireAfterCreate(token, parsed, currentTime);
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken parsed, long currentTime, long currentDuration) {
            return currentDuration;
        }
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
