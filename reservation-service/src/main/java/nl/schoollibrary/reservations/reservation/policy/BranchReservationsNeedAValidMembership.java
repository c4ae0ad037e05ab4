package nl.schoollibrary.reservations.reservation.policy;

import java.util.Optional;

/** A student reserves in, picks up at and returns to a branch only with a valid library membership. */
public final class BranchReservationsNeedAValidMembership implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        StudentFacts student = request.student();
        if (request.scope() != Scope.LIBRARY || student.hasValidMembership(request.today())) {
            return Optional.empty();
        }
        return PlacementRule.refuse(ReasonCode.LIBRARY_MEMBERSHIP_REQUIRED, student.membershipValidUntil() == null
                ? "You need a library membership to reserve in a branch."
                : "Your library membership expired on " + student.membershipValidUntil()
                        + ": renew it to reserve in a branch.");
    }
}
