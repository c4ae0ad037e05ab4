package nl.schoollibrary.reservations.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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

    public Optional<LoginSession> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
