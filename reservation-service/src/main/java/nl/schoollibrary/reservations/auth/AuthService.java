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
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * Password login, and the session it starts: throttle check, bcrypt verification, then a {@link LoginSession} and a
 * short-lived RS256 access token with the scope claims and the session's id. The session's refresh token buys the
 * next access token ({@link #refresh}) and is replaced each time; logout ends the session. A disabled account, or a
 * student whose patron is inactive, gets no token (ACCOUNT_DISABLED), no refresh, and a token it already has is
 * refused by {@link ActiveAccountCheck}.
 *
 * <p>An account without a password cannot log in (answered as an unknown username, in the same time). A temporary
 * password or start code logs in until it expires (TEMPORARY_PASSWORD_EXPIRED after), and the token then says the
 * password must be changed ({@link TokenClaims#MUST_CHANGE_PASSWORD}, enforced by {@link PasswordChangeRequired});
 * {@link #changePassword} changes it.
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
        // No password yet (a student without a login card) or another way in later (OIDC): as an unknown username.
        Optional<AppUser> found = users.byUsername(username).filter(u -> u.passwordHash() != null);
        boolean ok = found.isPresent()
                ? hasher.matches(TemporaryPasswords.asTyped(found.get(), request.password()), found.get().passwordHash())
                : dummy(request.password());
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
        if (user.temporaryPasswordExpired(clock.instant())) {
            throw new ProblemException(ErrorCode.TEMPORARY_PASSWORD_EXPIRED, user.role() == Role.STUDENT
                    ? "This start code has expired. Ask your school for a new login card."
                    : "This temporary password has expired. Ask an administrator for a new one.");
        }
        return QuarkusTransaction.requiringNew().call(() -> startSession(user, tenant));
    }

    /**
     * Logs in the account {@code userId} without a password: for a person who has just proved who they are another
     * way (the first administrator, with the setup token). Starts a session like a login.
     */
    public LoginResponse sessionFor(long userId) {
        AppUser user = users.findByIdOptional(userId).orElseThrow();
        AccountReads.Tenant tenant = accounts.tenant(userId);
        return QuarkusTransaction.requiringNew().call(() -> startSession(user, tenant));
    }

    private LoginResponse startSession(AppUser user, AccountReads.Tenant tenant) {
        Instant now = clock.instant();
        String refreshToken = newRefreshToken();
        LoginSession session = LoginSession.start(user.id(), hash(refreshToken), now, idleTimeout(user.role()),
                config.auth().sessions().lifetime());
        sessions.persist(session);
        return issue(user, tenant, session, refreshToken, now);
    }

    /**
     * The person changes their own password (a temporary one, or one they chose): the new one is checked
     * ({@link PasswordRules}), then the current one, whose failures count for the login throttle like a failed login
     * (403 CURRENT_PASSWORD_WRONG; 429 once locked). The account's other sessions end; this one goes on with fresh
     * tokens that no longer require a change.
     */
    public LoginResponse changePassword(long userId, Long sessionId, String currentPassword, String newPassword) {
        AppUser user = users.findByIdOptional(userId).orElseThrow(() -> ProblemException.notFound("User", userId));
        String username = user.username();
        PasswordRules.check("newPassword", newPassword, username, currentPassword);
        Optional<Duration> locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            throw tooMany(locked.get());
        }
        boolean ok = user.passwordHash() != null
                ? hasher.matches(TemporaryPasswords.asTyped(user, currentPassword), user.passwordHash())
                : dummy(currentPassword);
        if (!ok) {
            Optional<Duration> nowLocked = throttle.recordFailure(username);
            if (nowLocked.isPresent()) {
                throw tooMany(nowLocked.get());
            }
            throw new ProblemException(ErrorCode.CURRENT_PASSWORD_WRONG, "The current password is not correct.",
                    List.of(new Problem.FieldError("currentPassword", "is not correct")), Map.of());
        }
        throttle.reset(username);
        String newHash = hasher.hash(newPassword);
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            AppUser changing = users.findById(userId);
            changing.changePassword(newHash, now);
            sessions.endAllOf(userId, sessionId, LoginSession.EndReason.PASSWORD_CHANGED, now);
            activeAccounts.userChanged(userId);
            AccountReads.Tenant tenant = accounts.tenant(userId);
            Optional<LoginSession> current = sessionId == null ? Optional.empty()
                    : sessions.lock(sessionId).filter(s -> !s.ended() && s.userId() == userId);
            if (current.isEmpty()) {
                return startSession(changing, tenant);
            }
            String next = newRefreshToken();
            current.get().rotate(hash(next), now);
            return issue(changing, tenant, current.get(), next, now);
        });
    }

    /**
     * Ends every open session of the account (it was disabled, or given a temporary password or start code): their
     * refresh tokens buy nothing more and their access tokens are refused at once on this instance. Joins the
     * caller's transaction.
     */
    public void endSessionsOf(long userId, LoginSession.EndReason reason) {
        sessions.endAllOf(userId, null, reason, clock.instant());
        activeAccounts.userChanged(userId);
    }

    /** {@link #endSessionsOf} for many accounts in one statement. */
    public void endSessionsOf(List<Long> userIds, LoginSession.EndReason reason) {
        sessions.endAllOf(userIds, reason, clock.instant());
        userIds.forEach(activeAccounts::userChanged);
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

    private boolean dummy(String password) {
        hasher.matchAgainstDummy(password);
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
        if (user.mustChangePassword()) {
            claims.claim(TokenClaims.MUST_CHANGE_PASSWORD, true);
        }
        String token = claims.jws().keyId("reservations").sign();
        return new LoginResponse(token, "Bearer", expiresAt, refreshToken, session.idleTimeoutSeconds(),
                session.expiresAt(), new LoginResponse.UserSummary(user.id(), user.username(), user.displayName(),
                user.role(), tenant.schoolId(), tenant.organisationId(), user.locationId(), user.mustChangePassword(),
                tenant.language()));
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
