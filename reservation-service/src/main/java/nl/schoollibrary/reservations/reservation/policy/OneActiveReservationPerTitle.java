package nl.schoollibrary.reservations.reservation.policy;

import java.util.Optional;

/** A student has at most one active reservation of a title. */
public final class OneActiveReservationPerTitle implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        if (!request.alreadyHasActiveReservationOfTitle()) {
            return Optional.empty();
        }
        return PlacementRule.refuse(ReasonCode.DUPLICATE_RESERVATION, "You have already reserved this title.");
    }
}
