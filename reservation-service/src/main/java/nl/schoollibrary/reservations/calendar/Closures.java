package nl.schoollibrary.reservations.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads, saves and deletes {@link ClosureRecord}s. */
@ApplicationScoped
public class Closures implements PanacheRepositoryBase<ClosureRecord, Long> {

    public Optional<ClosureRecord> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
