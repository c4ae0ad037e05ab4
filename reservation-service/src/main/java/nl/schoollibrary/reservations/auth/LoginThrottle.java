package nl.schoollibrary.reservations.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.common.AppConfig;

/**
 * Throttles failed logins per username in the database, so every service instance sees the same count.
 * After {@code maxFailures} failures within the window the username is locked for {@code lockDuration}.
 */
@ApplicationScoped
public class LoginThrottle {

    /** The length of login_throttle.username. */
    private static final int KEY_LENGTH = 100;

    private final EntityManager em;
    private final Clock clock;
    private final AppConfig.Auth config;

    public LoginThrottle(EntityManager em, Clock clock, AppConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config.auth();
    }

    /** How long the username is still locked, if it is. */
    @Transactional
    public Optional<Duration> lockedFor(String username) {
        List<?> rows = em.createNativeQuery("SELECT locked_until FROM login_throttle WHERE username = ?1")
                .setParameter(1, key(username)).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return Optional.empty();
        }
        Instant until = toInstant(rows.get(0));
        Instant now = clock.instant();
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Records a failure atomically (one upsert); answers the lock duration when this failure locked the username. */
    @Transactional
    public Optional<Duration> recordFailure(String username) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(config.failureWindow()));
        Timestamp lockUntil = Timestamp.from(now.plus(config.lockDuration()));
        Object lockedUntil = em.createNativeQuery("""
                INSERT INTO login_throttle AS t (username, failures, window_started_at, locked_until)
                VALUES (?1, 1, ?2, CASE WHEN 1 >= ?4 THEN CAST(?5 AS timestamptz) END)
                ON CONFLICT (username) DO UPDATE SET
                    failures = CASE WHEN t.window_started_at < ?3 THEN 1 ELSE t.failures + 1 END,
                    window_started_at = CASE WHEN t.window_started_at < ?3 THEN ?2 ELSE t.window_started_at END,
                    locked_until = CASE
                        WHEN (CASE WHEN t.window_started_at < ?3 THEN 1 ELSE t.failures + 1 END) >= ?4 THEN CAST(?5 AS timestamptz)
                        ELSE NULL END
                RETURNING locked_until
                """)
                .setParameter(1, key(username)).setParameter(2, nowTs).setParameter(3, windowStart)
                .setParameter(4, config.maxFailures()).setParameter(5, lockUntil)
                .getSingleResult();
        return lockedUntil == null ? Optional.empty() : Optional.of(config.lockDuration());
    }

    @Transactional
    public void reset(String username) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE username = ?1").setParameter(1, key(username))
                .executeUpdate();
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
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return name.substring(0, KEY_LENGTH - 65) + "#" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
