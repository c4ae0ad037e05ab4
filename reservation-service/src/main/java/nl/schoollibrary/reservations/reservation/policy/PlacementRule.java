package nl.schoollibrary.reservations.reservation.policy;

import java.util.Optional;

/** One business rule for placing a title reservation: empty when the request passes, else why it is refused. */
@FunctionalInterface
public interface PlacementRule {

    Optional<Refusal> check(ReservationRequest request);

    static Optional<Refusal> refuse(ReasonCode code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
