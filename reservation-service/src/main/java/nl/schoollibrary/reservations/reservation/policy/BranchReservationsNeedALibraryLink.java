package nl.schoollibrary.reservations.reservation.policy;

import java.util.Optional;

/** Reserving in a branch needs the school–library link, made at import only with parental consent (AVG). */
public final class BranchReservationsNeedALibraryLink implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        if (request.scope() != Scope.LIBRARY || request.student().libraryLink()) {
            return Optional.empty();
        }
        return PlacementRule.refuse(ReasonCode.LIBRARY_LINK_MISSING,
                "Your school account is not linked to the library, so you cannot reserve in a branch. Ask your school about the library link.");
    }
}
