package nl.schoollibrary.reservations.copy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link Copy} aggregates. */
@ApplicationScoped
public class Copies implements PanacheRepositoryBase<Copy, Long> {

    public Optional<Copy> byBarcode(String barcode) {
        return find("barcode", barcode).firstResultOptional();
    }

    /** The copy with its row locked until the transaction ends (FOR UPDATE). */
    public Optional<Copy> lockByBarcode(String barcode) {
        return find("barcode", barcode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The copy with its row locked until the transaction ends (FOR UPDATE). */
    public Optional<Copy> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
