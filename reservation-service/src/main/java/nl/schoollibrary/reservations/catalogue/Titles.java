package nl.schoollibrary.reservations.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link Title}s. */
@ApplicationScoped
public class Titles implements PanacheRepositoryBase<Title, Long> {

    /** The title with its row locked until the transaction ends (FOR UPDATE). */
    public Optional<Title> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
