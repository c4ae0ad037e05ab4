package nl.schoollibrary.reservations.reservation.policy;


import java.util.Optional;

/**
 * At school, by default only checked-out copies can be reserved: a copy of the school library that stands on its
 * shelf (and could fill the reservation) is simply taken from the shelf. A per-school setting relaxes this.
 */
public final class SchoolCopiesOnTheShelfAreTakenNotReserved implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        if (request.scope() != Scope.SCHOOL || !request.policy().schoolOnlyCheckedOut()) {
            return Optional.empty();
        }
        long schoolLibrary = request.pickup().id();
        boolean onTheShelf = request.copiesOfTitle().stream()
                .anyMatch(copy -> copy.ownerLocationId() == schoolLibrary
                        && copy.currentLocationId() == schoolLibrary
                        && copy.state() == CopyStatus.ON_SHELF
                        && CopyEligibility.couldEverFill(copy, request));
        return onTheShelf
                ? PlacementRule.refuse(ReasonCode.AVAILABLE_ON_SHELF,
                        "A copy is on the shelf in the school library: take it from the shelf.")
                : Optional.empty();
    }
}
