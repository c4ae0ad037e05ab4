package nl.schoollibrary.reservations.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.collection.CollectionDtos.CollectionView;
import nl.schoollibrary.reservations.collection.CollectionDtos.CreateCollectionRequest;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import org.hibernate.exception.ConstraintViolationException;

/** Collections of an organisation and their default reservation block. */
@ApplicationScoped
public class CollectionService {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject Collections collections;
    @Inject CollectionReads reads;
    @Inject Clock clock;

    public List<CollectionView> collections(Actor actor) {
        return reads.list(actor.organisationId());
    }

    /** A new collection of the actor's organisation; its code is unique there (409 CONFLICT otherwise). */
    @Transactional
    public CollectionView createCollection(Actor actor, CreateCollectionRequest request) {
        Collection collection = Collection.create(actor.organisationId(), request.code(), request.name(),
                request.defaultReservationBlock(), request.defaultBlockUntil(), LocalDate.now(clock));
        try {
            collections.persist(collection);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ProblemException(ErrorCode.CONFLICT, "A collection with code " + request.code() + " exists.");
            }
            throw e;
        }
        return reads.byId(collection.id()).orElseThrow();
    }

    @Transactional
    public CollectionView setCollectionDefault(Actor actor, long id, BlockLevel level, LocalDate until) {
        Collection collection = collections.inOrganisation(id, actor.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Collection", id));
        collection.setDefaultBlock(level, until, LocalDate.now(clock));
        return reads.byId(id).orElseThrow();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
