package nl.schoollibrary.reservations.location;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link Location}s. */
@ApplicationScoped
public class Locations implements PanacheRepositoryBase<Location, Long> {

    /** The location with its row locked until the transaction ends (FOR UPDATE): one change at a time. */
    public Optional<Location> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The school library of a school, locked, if it has one. */
    public Optional<Location> lockLibraryOf(long schoolId) {
        return find("schoolId", schoolId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
