package nl.schoollibrary.reservations.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each access token once. A token string seen before — the same header, claims and signature, so it was
 * verified — is answered from a bounded cache until it expires; parsing and RSA verification cost ~0.3 ms of CPU on
 * every request (docs/benchmarks.md). Tampered, foreign and expired tokens never enter the cache (verification
 * throws), and a cached one is dropped at its expiry.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    static final int MAX_ENTRIES = 50_000;

    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    public CachingJwtParser(JWTAuthContextInfo authContextInfo) {
        super(authContextInfo);
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
}
