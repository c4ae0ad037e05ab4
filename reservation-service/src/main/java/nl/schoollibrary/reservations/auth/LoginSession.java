package nl.schoollibrary.reservations.auth;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One login of one account: what keeps a person logged in while they work. The access token is short and names the
 * session; the refresh token (only its hash is kept) buys the next access token and is replaced by a new one each time
 * ({@link #rotate}). A replaced token is remembered: whoever presents it again holds a copy someone else already
 * used, so the session ends ({@link EndReason#REFRESH_REUSED}) and both holders must log in again.
 *
 * <p>A session ends on logout, on that reuse, when its account is disabled or found disabled at a refresh, when the
 * account's password is changed or reset (the other sessions), when it has not been
 * refreshed for its idle time (set per role at login: short for a student on a shared Chromebook, a working day at a
 * desk), and at its absolute end. An ended session refreshes nothing and its access tokens are refused.
 */
@Entity
@Table(name = "login_session")
public class LoginSession {

    /** Why a session ended. */
    public enum EndReason {
        LOGOUT, REFRESH_REUSED, ACCOUNT_DISABLED, IDLE, EXPIRED,
        /** The person chose a new password: their other sessions end. */
        PASSWORD_CHANGED,
        /** Staff gave the account a temporary password or start code, or changed its role or place. */
        PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_refreshed_at", nullable = false)
    private Instant lastRefreshedAt;

    @Column(name = "idle_timeout_seconds", nullable = false, updatable = false)
    private int idleTimeoutSeconds;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "refresh_hash", nullable = false)
    private String refreshHash;

    @ElementCollection
    @CollectionTable(name = "login_session_rotated", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "refresh_hash", nullable = false)
    private Set<String> rotated = new HashSet<>();

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Version
    @Column(nullable = false)
    private int version;

    protected LoginSession() {
        // for Hibernate
    }

    /** A new session of {@code userId}, refreshed by the token whose hash is {@code refreshHash}. */
    static LoginSession start(long userId, String refreshHash, Instant at, Duration idleTimeout, Duration lifetime) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: the same answer before and after
        LoginSession session = new LoginSession();
        session.userId = userId;
        session.startedAt = now;
        session.lastRefreshedAt = now;
        session.idleTimeoutSeconds = (int) Math.max(1, idleTimeout.toSeconds());
        session.expiresAt = now.plus(lifetime);
        session.refreshHash = Objects.requireNonNull(refreshHash);
        return session;
    }

    /**
     * Why this session cannot be refreshed {@code now}, if it cannot: it ended, or its idle time or absolute end
     * has passed (which ends it now).
     */
    EndReason refusal(Instant now) {
        if (endedAt != null) {
            return endReason;
        }
        if (!now.isBefore(expiresAt)) {
            end(EndReason.EXPIRED, now);
        } else if (!now.isBefore(idleEndsAt())) {
            end(EndReason.IDLE, now);
        }
        return endReason;
    }

    /** The refresh token was used: the next one ({@code nextHash}) replaces it, the used one is remembered. */
    void rotate(String nextHash, Instant now) {
        if (endedAt != null) {
            throw new IllegalStateException("Session " + id + " has ended");
        }
        rotated.add(refreshHash);
        refreshHash = Objects.requireNonNull(nextHash);
        lastRefreshedAt = now;
    }

    /** Ends the session (a second end keeps the first reason). */
    void end(EndReason reason, Instant now) {
        if (endedAt == null) {
            endedAt = now;
            endReason = reason;
        }
    }

    /** When the session ends if it is not refreshed before. */
    Instant idleEndsAt() {
        return lastRefreshedAt.plusSeconds(idleTimeoutSeconds);
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int idleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    public boolean ended() {
        return endedAt != null;
    }

    public EndReason endReason() {
        return endReason;
    }
}
