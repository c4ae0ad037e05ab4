package nl.schoollibrary.reservations.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
    private final EntityManager em;

    public AuthService(LoginThrottle throttle, PasswordHasher hasher, Clock clock, AppConfig config, EntityManager em) {
        this.throttle = throttle;
        this.hasher = hasher;
        this.clock = clock;
        this.config = config.auth();
        this.em = em;
    }

    public LoginResponse login(LoginRequest request) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        Optional<Duration> locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            throw tooMany(locked.get());
        }
        Optional<Found> found = findUser(username);
        boolean ok = found.isPresent() ? hasher.matches(request.password(), found.get().user().passwordHash)
                : dummy(request);
        if (!ok) {
            Optional<Duration> nowLocked = throttle.recordFailure(username);
            if (nowLocked.isPresent()) {
                throw tooMany(nowLocked.get());
            }
            throw new ProblemException(ErrorCode.INVALID_CREDENTIALS, "The username or password is not correct.");
        }
        throttle.reset(username);
        // Told only to whoever knows the password: a wrong password on a disabled account is INVALID_CREDENTIALS.
        if (!found.get().active()) {
            throw new ProblemException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled. Ask your school or library.");
        }
        return issue(found.get().user());
    }

    /** A user and whether they may log in: the account is active and, for a student, so is their patron. */
    record Found(AppUser user, boolean active) {
    }

    @Transactional
    Optional<Found> findUser(String username) {
        return AppUser.findByUsername(username).map(user -> new Found(user, user.active && (user.patronId == null
                || Boolean.TRUE.equals(em.createNativeQuery("SELECT active FROM patron WHERE id = ?1")
                        .setParameter(1, user.patronId).getSingleResult()))));
    }

    private boolean dummy(LoginRequest request) {
        hasher.matchAgainstDummy(request.password());
        return false;
    }

    @Transactional
    LoginResponse issue(AppUser user) {
        Long organisationId = user.organisationId;
        if (organisationId == null && user.schoolId != null) {
            organisationId = organisationOfSchool(user.schoolId);
        }
        Long schoolId = user.schoolId;
        if (schoolId == null && user.patronId != null) {
            schoolId = schoolOfPatron(user.patronId);
            organisationId = organisationOfSchool(schoolId);
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.tokenLifetime());
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .subject(Long.toString(user.id))
                .upn(user.username)
                .groups(Set.of(user.role.name()))
                .claim(TokenClaims.DISPLAY_NAME, user.displayName)
                .issuedAt(now)
                .expiresAt(expiresAt);
        putIfPresent(claims, TokenClaims.PATRON_ID, user.patronId);
        putIfPresent(claims, TokenClaims.SCHOOL_ID, schoolId);
        putIfPresent(claims, TokenClaims.ORGANISATION_ID, organisationId);
        putIfPresent(claims, TokenClaims.LOCATION_ID, user.locationId);
        String token = claims.jws().keyId("reservations").sign();
        return new LoginResponse(token, "Bearer", expiresAt, new LoginResponse.UserSummary(user.id, user.username,
                user.displayName, user.role, schoolId, organisationId, user.locationId));
    }

    private Long organisationOfSchool(Long schoolId) {
        if (schoolId == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT organisation_id FROM school WHERE id = ?1")
                .setParameter(1, schoolId).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    private Long schoolOfPatron(long patronId) {
        List<?> rows = em.createNativeQuery("SELECT school_id FROM patron WHERE id = ?1")
                .setParameter(1, patronId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
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
