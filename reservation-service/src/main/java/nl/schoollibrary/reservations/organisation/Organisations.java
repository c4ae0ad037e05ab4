package nl.schoollibrary.reservations.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link Organisation}s. */
@ApplicationScoped
public class Organisations implements PanacheRepositoryBase<Organisation, Long> {

    /** The organisation with its row locked until the transaction ends (FOR UPDATE). */
    public Optional<Organisation> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
