package nl.schoollibrary.reservations.collection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link SeriesMutation} records; an organisation sees its own only. */
@ApplicationScoped
public class SeriesMutations implements PanacheRepositoryBase<SeriesMutation, Long> {

    /** The organisation's mutation with its row locked until the transaction ends (FOR UPDATE). */
    public Optional<SeriesMutation> lock(long id, Long organisationId) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
