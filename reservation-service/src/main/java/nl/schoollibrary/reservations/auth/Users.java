package nl.schoollibrary.reservations.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Loads {@link AppUser} accounts. */
@ApplicationScoped
public class Users implements PanacheRepositoryBase<AppUser, Long> {

    /** Active or not: login tells a disabled account apart only after the password matched ({@link AuthService}). */
    public Optional<AppUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
