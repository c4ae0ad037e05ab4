package nl.schoollibrary.reservations.circulation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Loads and saves {@link Loan} aggregates. A copy's loans change only while the copy's row is locked (check-out and
 * check-in lock it first), so they need no lock of their own.
 */
@ApplicationScoped
public class Loans implements PanacheRepositoryBase<Loan, Long> {

    /** The copy's open loan (at most one: V1's partial unique index). */
    public Optional<Loan> openOfCopy(long copyId) {
        return find("copyId = ?1 and returnedAt is null", copyId).firstResultOptional();
    }
}
