package nl.schoollibrary.reservations.reservation.policy;

import java.util.Optional;

/** A reservation no copy in its scope could ever fill (reservation or loan blocks, missing copies) is refused. */
public final class SomeCopyInScopeMustBeAbleToFillIt implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        boolean fillable = request.copiesOfTitle().stream()
                .anyMatch(copy -> CopyEligibility.couldEverFill(copy, request));
        if (fillable) {
            return Optional.empty();
        }
        return PlacementRule.refuse(ReasonCode.TITLE_NOT_RESERVABLE, request.scope() == Scope.SCHOOL
                ? "No copy of this title in your school library can be reserved."
                : "No copy of this title in the library branches can be reserved for pickup here.");
    }
}
