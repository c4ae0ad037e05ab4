package nl.schoollibrary.reservations.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.database.Jdbc;

/**
 * Throttles failed logins per username in the database, so every service instance sees the same count.
 * After {@code maxFailures} failures within the window the username is locked for {@code lockDuration}.
 *
 * <p>A counter, not an aggregate: each method is one statement through {@link Jdbc}, committed on its own outside a
 * transaction, so a failure is counted even though the login that records it is refused.
 */
@ApplicationScoped
public class LoginThrottle {

    /** The length of login_throttle.username. */
    private static final int KEY_LENGTH = 100;

    private final Jdbc jdbc;
    private final Clock clock;
    private final AppConfig.Auth config;

    public LoginThrottle(Jdbc jdbc, Clock clock, AppConfig config) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.config = config.auth();
    }

    /** How long the username is still locked, if it is. */
    public Optional<Duration> lockedFor(String username) {
        Optional<Instant> until = jdbc.one("SELECT locked_until FROM login_throttle WHERE username = ?"
                + " AND locked_until IS NOT NULL", rs -> rs.getTimestamp(1).toInstant(), key(username));
        Instant now = clock.instant();
        return until.filter(u -> u.isAfter(now)).map(u -> Duration.between(now, u));
    }

    /** Records a failure atomically (one upsert); answers the lock duration when this failure locked the username. */
    public Optional<Duration> recordFailure(String username) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(config.failureWindow());
        Instant lockUntil = now.plus(config.lockDuration());
        int max = config.maxFailures();
        boolean locked = jdbc.one("""
                INSERT INTO login_throttle AS t (username, failures, window_started_at, locked_until)
                VALUES (?, 1, ?, CASE WHEN 1 >= ? THEN CAST(? AS timestamptz) END)
                ON CONFLICT (username) DO UPDATE SET
                    failures = CASE WHEN t.window_started_at < ? THEN 1 ELSE t.failures + 1 END,
                    window_started_at = CASE WHEN t.window_started_at < ? THEN ? ELSE t.window_started_at END,
                    locked_until = CASE
                        WHEN (CASE WHEN t.window_started_at < ? THEN 1 ELSE t.failures + 1 END) >= ?
                        THEN CAST(? AS timestamptz)
                        ELSE NULL END
                RETURNING locked_until IS NOT NULL""", rs -> rs.getBoolean(1),
                key(username), now, max, lockUntil,
                windowStart,
                windowStart, now,
                windowStart, max,
                lockUntil).orElseThrow();
        return locked ? Optional.of(config.lockDuration()) : Optional.empty();
    }

    public void reset(String username) {
        jdbc.update("DELETE FROM login_throttle WHERE username = ?", key(username));
    }

    /**
     * The row key of a name: the name itself when it fits the column (100 characters), else its start and a SHA-256
     * digest of the whole, so a long client id ("client:" + up to 100 characters) or a long unknown name is throttled
     * like any other instead of failing the insert.
     */
    static String key(String name) {
        if (name.length() <= KEY_LENGTH) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, KEY_LENGTH - 65) + "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
