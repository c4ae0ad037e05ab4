package nl.schoollibrary.reservations.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * Password login: throttle check, bcrypt verification, and a short-lived RS256 access token with scope claims. A
 * disabled account, or a student whose patron is inactive, gets no token (ACCOUNT_DISABLED); a token it already has
 * is refused by {@link ActiveAccountCheck}.
 */
@ApplicationScoped
public class AuthService {

    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AppConfig.Auth config;
    private final Users users;
    private final AccountReads accounts;

    public AuthService(LoginThrottle throttle, PasswordHasher hasher, Clock clock, AppConfig config, Users users,
            AccountReads accounts) {
        this.throttle = throttle;
        this.hasher = hasher;
        this.clock = clock;
        this.config = config.auth();
        this.users = users;
        this.accounts = accounts;
    }

    public LoginResponse login(LoginRequest request) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        Optional<Duration> locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            throw tooMany(locked.get());
        }
        Optional<AppUser> found = users.byUsername(username);
        boolean ok = found.isPresent() ? hasher.matches(request.password(), found.get().passwordHash())
                : dummy(request);
        if (!ok) {
            Optional<Duration> nowLocked = throttle.recordFailure(username);
            if (nowLocked.isPresent()) {
                throw tooMany(nowLocked.get());
            }
            throw new ProblemException(ErrorCode.INVALID_CREDENTIALS, "The username or password is not correct.");
        }
        throttle.reset(username);
        AppUser user = found.get();
        AccountReads.Tenant tenant = accounts.tenant(user.id());
        // Told only to whoever knows the password: a wrong password on a disabled account is INVALID_CREDENTIALS.
        if (!tenant.active()) {
            throw new ProblemException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled. Ask your school or library.");
        }
        return issue(user, tenant);
    }

    private boolean dummy(LoginRequest request) {
        hasher.matchAgainstDummy(request.password());
        return false;
    }

    private LoginResponse issue(AppUser user, AccountReads.Tenant tenant) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.tokenLifetime());
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .subject(Long.toString(user.id()))
                .upn(user.username())
                .groups(Set.of(user.role().name()))
                .claim(TokenClaims.DISPLAY_NAME, user.displayName())
                .issuedAt(now)
                .expiresAt(expiresAt);
        putIfPresent(claims, TokenClaims.PATRON_ID, user.patronId());
        putIfPresent(claims, TokenClaims.SCHOOL_ID, tenant.schoolId());
        putIfPresent(claims, TokenClaims.ORGANISATION_ID, tenant.organisationId());
        putIfPresent(claims, TokenClaims.LOCATION_ID, user.locationId());
        String token = claims.jws().keyId("reservations").sign();
        return new LoginResponse(token, "Bearer", expiresAt, new LoginResponse.UserSummary(user.id(), user.username(),
                user.displayName(), user.role(), tenant.schoolId(), tenant.organisationId(), user.locationId()));
    }

    private static void putIfPresent(JwtClaimsBuilder claims, String name, Long value) {
        if (value != null) {
            claims.claim(name, value);
        }
    }

    private static ProblemException tooMany(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ProblemException(ErrorCode.TOO_MANY_ATTEMPTS,
                "Too many failed logins for this username. Try again in " + seconds + " seconds.",
                List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }
}
