package nl.schoollibrary.reservations.reservation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * Loads and saves {@link Reservation} aggregates, always with the row locked (FOR UPDATE) until the transaction ends:
 * use cases take the title's lock first ({@link ReservationService#lockTitle}), then the rows, so a reservation is
 * never changed by two at once; and a locked load reads the row as committed last, never a stale version.
 */
@ApplicationScoped
public class Reservations implements PanacheRepositoryBase<Reservation, Long> {

    public Optional<Reservation> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The reservation {@code copyId} is captured for: in transit to its pickup location or on its hold shelf. (The
     * two statuses are two parameters, not one list: Hibernate does not cache the plan of a query with a list
     * parameter, and building it again on every check-in doubled the service's CPU per check-in.)
     */
    public Optional<Reservation> lockHoldingCopy(long copyId) {
        return find("assignedCopyId = ?1 and (status = ?2 or status = ?3)", copyId, ReservationStatus.IN_TRANSIT,
                ReservationStatus.READY)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The reservation {@code copyId} lies on the hold shelf for. */
    public Optional<Reservation> lockReadyForCopy(long copyId) {
        return find("assignedCopyId = ?1 and status = ?2", copyId, ReservationStatus.READY)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The active reservations that hold or ask for {@code copyId}: the one it is captured for (in transit or ready)
     * and waiting staff copy reservations of it, in id order. For a copy that is withdrawn.
     */
    public List<Reservation> lockActiveOnCopy(long copyId) {
        return find("(assignedCopyId = ?1 or requestedCopyId = ?1) and status in ?2 order by id", copyId,
                ReservationStatus.ACTIVE).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The patron's waiting title reservation of the title (at most one: V2's partial unique index). */
    public Optional<Reservation> lockWaitingOfTitle(long patronId, long titleId) {
        return find("patronId = ?1 and titleId = ?2 and kind = ?3 and status = ?4", patronId, titleId,
                ReservationKind.TITLE, ReservationStatus.WAITING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
