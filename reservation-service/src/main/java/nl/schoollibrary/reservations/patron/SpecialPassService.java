package nl.schoollibrary.reservations.patron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.patron.SpecialPassDtos.CreateSpecialPassRequest;
import nl.schoollibrary.reservations.patron.SpecialPassDtos.SpecialPassView;

/** Special passes: listed with the copies lent to them, and created for a location of the staff member's. */
@ApplicationScoped
public class SpecialPassService {

    @Inject Patrons patrons;
    @Inject SpecialPassReads reads;
    @Inject Clock clock;

    public List<SpecialPassView> specialPasses(Actor actor) {
        return reads.specialPasses(actor);
    }

    /** A new pass, owned by the given location or the staff member's own; it must be a location of theirs. */
    @Transactional
    public SpecialPassView createSpecialPass(Actor actor, CreateSpecialPassRequest request) {
        Long location = request.locationId() == null ? actor.locationId() : request.locationId();
        if (location == null || !reads.isOwnLocation(actor, location)) {
            throw ProblemException.invalid("locationId", "must be a location of yours");
        }
        Patron pass = Patron.specialPass(request.name(), location, clock.instant());
        patrons.persist(pass);
        return reads.specialPasses(actor).stream().filter(p -> p.id() == pass.id()).findFirst().orElseThrow();
    }
}
