package nl.schoollibrary.reservations.reservation.policy;

import java.util.Optional;

/** School and library decide per school whether students may reserve in the school library and/or in branches. */
public final class SchoolPolicyMustAllowTheScope implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        if (request.policy().allows(request.scope())) {
            return Optional.empty();
        }
        return PlacementRule.refuse(ReasonCode.RESERVATIONS_NOT_ALLOWED, request.scope() == Scope.SCHOOL
                ? "Your school does not allow reservations in the school library."
                : "Your school does not allow reservations in library branches.");
    }
}
