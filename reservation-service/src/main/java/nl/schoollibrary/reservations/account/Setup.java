package nl.schoollibrary.reservations.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.account.AccountDtos.NewAdministrator;
import nl.schoollibrary.reservations.account.AccountDtos.SetupStatus;
import nl.schoollibrary.reservations.auth.AppUser;
import nl.schoollibrary.reservations.auth.AuthService;
import nl.schoollibrary.reservations.auth.LoginResponse;
import nl.schoollibrary.reservations.auth.PasswordHasher;
import nl.schoollibrary.reservations.auth.PasswordRules;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.auth.Users;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;

/**
 * The first administrator of an installation: made at start from the settings ({@link FirstAdministrator}), or by
 * whoever holds a setup link (a one-time token, only its SHA-256 hash kept in {@code setup_token}). Whatever makes
 * it holds a transaction-level advisory lock while it checks that no active administrator exists and creates one,
 * so two service instances starting at once, or two people opening the link at once, make one administrator.
 *
 * <p>Once an active administrator exists the link is refused with SETUP_DONE whatever token it carries (checked
 * before the token: a finished setup says so, and tells nothing about tokens).
 */
@ApplicationScoped
public class Setup {

    /** The advisory lock of the first-administrator check (an arbitrary number, the same on every instance). */
    static final long LOCK_KEY = 0x5E7AD01L;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject Users users;
    @Inject Jdbc jdbc;
    @Inject PasswordHasher hasher;
    @Inject AuthService auth;
    @Inject EventOutbox events;
    @Inject Clock clock;
    @Inject AppConfig config;

    public SetupStatus status() {
        return new SetupStatus(!users.activeAdministratorExists());
    }

    /** The administrator of a setup link, logged in. */
    public LoginResponse createAdministrator(NewAdministrator request) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            lock();
            if (users.activeAdministratorExists()) {
                throw new ProblemException(ErrorCode.SETUP_DONE, "An administrator exists: log in, or ask them.");
            }
            Instant now = clock.instant();
            long token = validToken(request.setupToken(), now)
                    .orElseThrow(() -> new ProblemException(ErrorCode.SETUP_TOKEN_INVALID, "This setup link is not "
                            + "valid (mistyped, used, or older than its validity). Restart the service for a new one."));
            String username = AccountRules.username("username", request.username());
            String displayName = AccountRules.displayName("displayName", request.displayName());
            PasswordRules.check("password", request.password(), username, null);
            long created = create(username, displayName, request.password(), "setup-link");
            jdbc.update("UPDATE setup_token SET used_at = ? WHERE id = ?", now, token);
            return created;
        });
        return auth.sessionFor(id);
    }

    /** The unused, unexpired setup token with this text, locked (FOR UPDATE). */
    Optional<Long> validToken(String token, Instant now) {
        return jdbc.one("SELECT id FROM setup_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?"
                + " FOR UPDATE", rs -> rs.getLong(1), sha256(token), now);
    }

    /** Takes the first-administrator lock until the running transaction ends. */
    void lock() {
        jdbc.one("SELECT pg_advisory_xact_lock(?)", rs -> true, LOCK_KEY);
    }

    /** Creates an administrator with a password of their own (no change needed); answers its id. */
    long create(String username, String displayName, String password, String createdBy) {
        if (users.usernameTaken(username)) {
            throw new ProblemException(ErrorCode.USERNAME_TAKEN, "The username " + username + " is taken.");
        }
        Instant now = clock.instant();
        AppUser admin = AppUser.staff(username, displayName, Role.ADMIN, new AppUser.Scope(null, null, null),
                createdBy, now);
        admin.changePassword(hasher.hash(password), now);
        users.persistAndFlush(admin);
        events.tenantEvent("AdministratorCreated", "ACCOUNT", admin.id(), null, null, Map.of("by", createdBy));
        return admin.id();
    }

    /** A new setup token (only its hash is kept), valid for {@code reservation.setup.token-validity}. */
    String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (?, ?, ?)", sha256(token), now,
                now.plus(config.setup().tokenValidity()));
        return token;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
