package nl.schoollibrary.reservations.reservation.policy;

import java.util.Optional;

/** A student has at most the school's maximum number of active reservations. */
public final class ActiveReservationsAreLimited implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        int max = request.policy().maxActiveReservations();
        if (request.activeReservations() < max) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ReasonCode.RESERVATION_LIMIT_REACHED,
                "You already have " + request.activeReservations() + " active reservations, the most your school allows ("
                        + max + "). Wait until one is picked up or cancel one.", max));
    }
}
