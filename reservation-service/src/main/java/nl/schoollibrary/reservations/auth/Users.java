package nl.schoollibrary.reservations.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Loads and saves {@link AppUser} accounts. */
@ApplicationScoped
public class Users implements PanacheRepositoryBase<AppUser, Long> {

    /** Active or not: login tells a disabled account apart only after the password matched ({@link AuthService}). */
    public Optional<AppUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean usernameTaken(String username) {
        return count("username", username) > 0;
    }

    /** The account, locked for the change (FOR UPDATE). */
    public Optional<AppUser> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The active administrators, locked: whoever disables or demotes one counts them under the lock, so two
     * administrators cannot take each other's rights away at the same time and leave none.
     */
    public List<AppUser> lockActiveAdministrators() {
        return find("role = ?1 and active = true order by id", Role.ADMIN).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public boolean activeAdministratorExists() {
        return count("role = ?1 and active = true", Role.ADMIN) > 0;
    }

    /** The student accounts of these patrons. */
    public List<AppUser> ofPatrons(List<Long> patronIds) {
        return patronIds.isEmpty() ? List.of() : list("patronId in ?1", patronIds);
    }
}
