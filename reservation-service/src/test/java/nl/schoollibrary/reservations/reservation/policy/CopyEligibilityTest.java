package nl.schoollibrary.reservations.reservation.policy;

import static nl.schoollibrary.reservations.reservation.policy.CopyFactsBuilder.aCopy;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.HOME_BRANCH;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.OTHER_BRANCH;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.OTHER_SCHOOL_LIBRARY;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.SCHOOL_LIBRARY;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import nl.schoollibrary.reservations.location.LocationKind;
import org.junit.jupiter.api.Test;

class CopyEligibilityTest {

    private static final StudentFacts STUDENT = ReservationRequestBuilder.aRequest().student();

    private static boolean fills(CopyFactsBuilder copy, PickupLocation pickup) {
        Scope scope = pickup.isSchoolLibrary() ? Scope.SCHOOL : Scope.LIBRARY;
        CopyFacts facts = copy.build();
        boolean ownPatron = facts.ownerLocationId() == pickup.id()
                && CopyEligibility.patronBelongsTo(STUDENT, pickup.id(), pickup.type(), pickup.schoolId());
        return CopyEligibility.couldEverFill(facts, pickup, scope, TestWorld::isBranchOfOrganisation, ownPatron, TODAY);
    }

    /** Whether a copy with a reservation block, owned by {@code owner}, may fill a reservation picked up there. */
    private static boolean blockAllows(PickupLocation owner, BlockLevel block, PickupLocation pickup,
            boolean ownPatron) {
        return CopyEligibility.blocksAllow(aCopy().ownedBy(owner).reservationBlock(block).build(), pickup, ownPatron,
                TODAY);
    }

    @Test
    void not_reservable_copy_code_8_never_fills_a_title_reservation() {
        assertThat(blockAllows(HOME_BRANCH, BlockLevel.NOT_RESERVABLE, HOME_BRANCH, true)).isFalse();
    }

    @Test
    void not_reservable_copy_fills_again_after_its_block_ended() {
        assertThat(fills(aCopy().reservationBlock(BlockLevel.NOT_RESERVABLE, TODAY.minusDays(1)), SCHOOL_LIBRARY))
                .isTrue();
    }

    @Test
    void own_patrons_only_copy_code_7_fills_for_an_own_patron_picking_up_at_its_owner() {
        assertThat(blockAllows(HOME_BRANCH, BlockLevel.OWN_PATRONS_ONLY, HOME_BRANCH, true)).isTrue();
        assertThat(fills(aCopy().ownedBy(HOME_BRANCH).reservationBlock(BlockLevel.OWN_PATRONS_ONLY), HOME_BRANCH)).isTrue();
        assertThat(fills(aCopy().reservationBlock(BlockLevel.OWN_PATRONS_ONLY), SCHOOL_LIBRARY)).isTrue();
    }

    @Test
    void own_patrons_only_copy_does_not_fill_for_an_own_patron_picking_up_elsewhere() {
        assertThat(blockAllows(HOME_BRANCH, BlockLevel.OWN_PATRONS_ONLY, OTHER_BRANCH, true)).isFalse();
    }

    @Test
    void own_patrons_only_copy_does_not_fill_for_another_patron_picking_up_at_its_owner() {
        assertThat(blockAllows(OTHER_BRANCH, BlockLevel.OWN_PATRONS_ONLY, OTHER_BRANCH, false)).isFalse();
        assertThat(fills(aCopy().ownedBy(OTHER_BRANCH).reservationBlock(BlockLevel.OWN_PATRONS_ONLY), OTHER_BRANCH))
                .isFalse();
    }

    @Test
    void loan_blocked_copy_is_excluded_from_title_reservations_until_the_block_ends() {
        assertThat(fills(aCopy().loanBlocked(null), SCHOOL_LIBRARY)).isFalse();
        assertThat(fills(aCopy().loanBlocked(TODAY), SCHOOL_LIBRARY)).isFalse();
        assertThat(fills(aCopy().loanBlocked(TODAY.minusDays(1)), SCHOOL_LIBRARY)).isTrue();
    }

    @Test
    void missing_copy_is_excluded() {
        assertThat(fills(aCopy().missing(), SCHOOL_LIBRARY)).isFalse();
    }

    @Test
    void copies_on_loan_in_transit_or_on_the_hold_shelf_can_still_fill_later() {
        assertThat(fills(aCopy().onLoan(), SCHOOL_LIBRARY)).isTrue();
        assertThat(fills(aCopy().in(CopyStatus.IN_TRANSIT), SCHOOL_LIBRARY)).isTrue();
        assertThat(fills(aCopy().in(CopyStatus.ON_HOLD_SHELF), SCHOOL_LIBRARY)).isTrue();
    }

    @Test
    void school_scope_holds_only_copies_of_the_pickup_school_library() {
        assertThat(fills(aCopy().ownedBy(SCHOOL_LIBRARY), SCHOOL_LIBRARY)).isTrue();
        assertThat(fills(aCopy().ownedBy(OTHER_SCHOOL_LIBRARY), SCHOOL_LIBRARY)).isFalse();
        assertThat(fills(aCopy().ownedBy(HOME_BRANCH), SCHOOL_LIBRARY)).isFalse();
    }

    @Test
    void library_scope_holds_copies_of_every_branch_of_the_organisation_but_not_school_libraries() {
        assertThat(fills(aCopy().ownedBy(OTHER_BRANCH), HOME_BRANCH)).isTrue();
        assertThat(fills(aCopy().ownedBy(SCHOOL_LIBRARY), HOME_BRANCH)).isFalse();
        assertThat(fills(aCopy().ownedBy(TestWorld.BRANCH_OF_OTHER_ORGANISATION), HOME_BRANCH)).isFalse();
    }

    @Test
    void students_belong_to_their_own_school_library() {
        assertThat(CopyEligibility.patronBelongsTo(STUDENT, 100, LocationKind.SCHOOL_LIBRARY, TestWorld.SCHOOL)).isTrue();
        assertThat(CopyEligibility.patronBelongsTo(STUDENT, 101, LocationKind.SCHOOL_LIBRARY, 11L)).isFalse();
    }

    @Test
    void students_belong_to_the_home_branch_of_their_membership_only() {
        StudentFacts withoutMembership = ReservationRequestBuilder.aRequest().withoutMembership().student();

        assertThat(CopyEligibility.patronBelongsTo(STUDENT, HOME_BRANCH.id(), LocationKind.BRANCH, null)).isTrue();
        assertThat(CopyEligibility.patronBelongsTo(STUDENT, OTHER_BRANCH.id(), LocationKind.BRANCH, null)).isFalse();
        assertThat(CopyEligibility.patronBelongsTo(withoutMembership, HOME_BRANCH.id(), LocationKind.BRANCH, null))
                .isFalse();
    }
}
