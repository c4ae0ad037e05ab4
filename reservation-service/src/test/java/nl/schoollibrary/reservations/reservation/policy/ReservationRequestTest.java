package nl.schoollibrary.reservations.reservation.policy;

import static nl.schoollibrary.reservations.reservation.policy.CopyFactsBuilder.aCopy;
import static nl.schoollibrary.reservations.reservation.policy.ReservationRequestBuilder.aRequest;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.HOME_BRANCH;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.SCHOOL_LIBRARY;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationRequestTest {

    @Test
    void scope_follows_the_pickup_location() {
        assertThat(aRequest().pickupAt(SCHOOL_LIBRARY).build().scope()).isEqualTo(Scope.SCHOOL);
        assertThat(aRequest().pickupAt(HOME_BRANCH).build().scope()).isEqualTo(Scope.LIBRARY);
    }

    @Test
    void request_without_a_branch_predicate_trusts_the_caller_to_pass_only_copies_in_scope() {
        ReservationRequest full = aRequest().pickupAt(HOME_BRANCH).build();
        ReservationRequest request = new ReservationRequest(full.student(), full.pickup(), full.policy(),
                List.of(aCopy().ownedBy(HOME_BRANCH).build()), 0, false, TODAY, null);

        assertThat(request.isBranchOfOrganisation()).isSameAs(ReservationRequest.COPIES_ALREADY_IN_SCOPE);
        assertThat(PlacingTitleReservationPolicy.standard().evaluate(request)).isEmpty();
    }

    @Test
    void membership_is_valid_up_to_and_including_its_last_day() {
        StudentFacts student = aRequest().membershipValidUntil(TODAY).student();

        assertThat(student.hasValidMembership(TODAY)).isTrue();
        assertThat(student.hasValidMembership(TODAY.plusDays(1))).isFalse();
        assertThat(aRequest().withoutMembership().student().hasValidMembership(TODAY)).isFalse();
    }
}
