package nl.schoollibrary.reservations.reservation.policy;

import java.util.Objects;
import java.util.Optional;
import nl.schoollibrary.reservations.location.LocationKind;

/** A student picks up at their own school library or at a branch of their school's library organisation. */
public final class PickupLocationMustBeTheStudentsSchoolLibraryOrABranch implements PlacementRule {

    @Override
    public Optional<Refusal> check(ReservationRequest request) {
        PickupLocation pickup = request.pickup();
        StudentFacts student = request.student();
        if (request.scope() == Scope.SCHOOL) {
            return Objects.equals(pickup.schoolId(), student.schoolId()) ? Optional.empty()
                    : PlacementRule.refuse(ReasonCode.PICKUP_LOCATION_INVALID,
                            "You can only pick up reservations at the library of your own school.");
        }
        return pickup.type() == LocationKind.BRANCH && pickup.organisationId() == student.organisationId()
                ? Optional.empty()
                : PlacementRule.refuse(ReasonCode.PICKUP_LOCATION_INVALID,
                        "This branch does not belong to the library that serves your school: choose another pickup location.");
    }
}
