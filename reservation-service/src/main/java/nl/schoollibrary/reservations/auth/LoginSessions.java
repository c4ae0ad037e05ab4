package nl.schoollibrary.reservations.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Loads and saves {@link LoginSession}s; a refresh or logout loads its session locked (FOR UPDATE). */
@ApplicationScoped
public class LoginSessions implements PanacheRepositoryBase<LoginSession, Long> {

    /** The session whose current refresh token has this hash, locked. */
    public Optional<LoginSession> lockByRefreshHash(String hash) {
        return find("refreshHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The session that had a refresh token with this hash before its current one, locked. */
    public Optional<LoginSession> lockByRotatedHash(String hash) {
        return find("id in (select s.id from LoginSession s join s.rotated r where r = ?1)", hash)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Ends every open session of the user except {@code except} (may be null) in one statement; answers how many.
     * The caller tells {@link ActiveAccounts} ({@code userChanged}) so their tokens are refused at once.
     */
    public int endAllOf(long userId, Long except, LoginSession.EndReason reason, Instant now) {
        return update("endedAt = ?1, endReason = ?2 where userId = ?3 and endedAt is null and id <> ?4", now, reason,
                userId, except == null ? -1L : except);
    }

    /** {@link #endAllOf} for many users at once. */
    public int endAllOf(List<Long> userIds, LoginSession.EndReason reason, Instant now) {
        return userIds.isEmpty() ? 0
                : update("endedAt = ?1, endReason = ?2 where userId in ?3 and endedAt is null", now, reason, userIds);
    }

    public Optional<LoginSession> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
