package nl.schoollibrary.reservations.school;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads {@link School}s. */
@ApplicationScoped
public class Schools implements PanacheRepositoryBase<School, Long> {

    /** The school with its row locked until the transaction ends (FOR UPDATE): one policy change at a time. */
    public Optional<School> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
