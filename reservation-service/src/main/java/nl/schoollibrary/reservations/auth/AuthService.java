package nl.schoollibrary.reservations.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * Password login, and the session it starts: throttle check, bcrypt verification, then a {@link LoginSession} and a
 * short-lived RS256 access token with the scope claims and the session's id. The session's refresh token buys the
 * next access token ({@link #refresh}) and is replaced each time; logout ends the session. A disabled account, or a
 * student whose patron is inactive, gets no token (ACCOUNT_DISABLED), no refresh, and a token it already has is
 * refused by {@link ActiveAccountCheck}.
 */
@ApplicationScoped
public class AuthService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject LoginThrottle throttle;
    @Inject PasswordHasher hasher;
    @Inject Clock clock;
    @Inject AppConfig config;
    @Inject Users users;
    @Inject AccountReads accounts;
    @Inject LoginSessions sessions;
    @Inject ActiveAccounts activeAccounts;

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
            throw disabled();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            String refreshToken = newRefreshToken();
            LoginSession session = LoginSession.start(user.id(), hash(refreshToken), now, idleTimeout(user.role()),
                    config.auth().sessions().lifetime());
            sessions.persist(session);
            return issue(user, tenant, session, refreshToken, now);
        });
    }

    /**
     * The next access token and refresh token of the session {@code refreshToken} belongs to. Refused with
     * SESSION_ENDED when that session has ended, has been idle too long or reached its end, or when the token was
     * already used once (which ends the session: someone else holds a copy); with ACCOUNT_DISABLED when the account
     * has been disabled (which ends it too). What ends a session is saved although the answer is a refusal.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public LoginResponse refresh(String refreshToken) {
        Instant now = clock.instant();
        String hash = hash(refreshToken);
        Optional<LoginSession> current = sessions.lockByRefreshHash(hash);
        if (current.isEmpty()) {
            sessions.lockByRotatedHash(hash).ifPresent(reused -> end(reused, LoginSession.EndReason.REFRESH_REUSED, now));
            throw sessionEnded();
        }
        LoginSession session = current.get();
        if (session.refusal(now) != null) {
            activeAccounts.sessionEnded(session.id());
            throw sessionEnded();
        }
        AppUser user = users.findByIdOptional(session.userId()).orElseThrow();
        AccountReads.Tenant tenant = accounts.tenant(user.id());
        if (!tenant.active()) {
            end(session, LoginSession.EndReason.ACCOUNT_DISABLED, now);
            throw disabled();
        }
        String next = newRefreshToken();
        session.rotate(hash(next), now);
        return issue(user, tenant, session, next, now);
    }

    /** Ends the caller's session: its refresh token buys nothing more and its access tokens are refused at once. */
    @Transactional
    public void logout(long sessionId) {
        sessions.lock(sessionId).ifPresent(session -> end(session, LoginSession.EndReason.LOGOUT, clock.instant()));
    }

    private void end(LoginSession session, LoginSession.EndReason reason, Instant now) {
        session.end(reason, now);
        activeAccounts.sessionEnded(session.id());
    }

    private Duration idleTimeout(Role role) {
        return role == Role.STUDENT ? config.auth().sessions().studentIdle() : config.auth().sessions().staffIdle();
    }

    private boolean dummy(LoginRequest request) {
        hasher.matchAgainstDummy(request.password());
        return false;
    }

    private LoginResponse issue(AppUser user, AccountReads.Tenant tenant, LoginSession session, String refreshToken,
            Instant now) {
        Instant wanted = now.plus(config.auth().tokenLifetime());
        Instant expiresAt = wanted.isBefore(session.expiresAt()) ? wanted : session.expiresAt();
        JwtClaimsBuilder claims = Jwt.issuer(config.auth().issuer())
                .subject(Long.toString(user.id()))
                .upn(user.username())
                .groups(Set.of(user.role().name()))
                .claim(TokenClaims.DISPLAY_NAME, user.displayName())
                .claim(TokenClaims.SESSION_ID, session.id())
                .issuedAt(now)
                .expiresAt(expiresAt);
        putIfPresent(claims, TokenClaims.PATRON_ID, user.patronId());
        putIfPresent(claims, TokenClaims.SCHOOL_ID, tenant.schoolId());
        putIfPresent(claims, TokenClaims.ORGANISATION_ID, tenant.organisationId());
        putIfPresent(claims, TokenClaims.LOCATION_ID, user.locationId());
        String token = claims.jws().keyId("reservations").sign();
        return new LoginResponse(token, "Bearer", expiresAt, refreshToken, session.idleTimeoutSeconds(),
                session.expiresAt(), new LoginResponse.UserSummary(user.id(), user.username(), user.displayName(),
                user.role(), tenant.schoolId(), tenant.organisationId(), user.locationId()));
    }

    /** 256 random bits, URL-safe: only its hash is stored. */
    private static String newRefreshToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(JwtClaimsBuilder claims, String name, Long value) {
        if (value != null) {
            claims.claim(name, value);
        }
    }

    private static ProblemException disabled() {
        return new ProblemException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled. Ask your school or library.");
    }

    private static ProblemException sessionEnded() {
        return new ProblemException(ErrorCode.SESSION_ENDED,
                "This session has ended (logged out, idle too long, or at its end). Log in again.");
    }

    private static ProblemException tooMany(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ProblemException(ErrorCode.TOO_MANY_ATTEMPTS,
                "Too many failed logins for this username. Try again in " + seconds + " seconds.",
                List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }
}
