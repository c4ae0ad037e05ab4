package nl.schoollibrary.reservations.reservation.policy;


import static nl.schoollibrary.reservations.reservation.policy.CopyFactsBuilder.aCopy;
import static nl.schoollibrary.reservations.reservation.policy.ReservationRequestBuilder.aRequest;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.BRANCH_OF_OTHER_ORGANISATION;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.HOME_BRANCH;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.OTHER_BRANCH;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.OTHER_SCHOOL_LIBRARY;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.SCHOOL_LIBRARY;
import static nl.schoollibrary.reservations.reservation.policy.TestWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlacingTitleReservationPolicyTest {

    private final PlacingTitleReservationPolicy policy = PlacingTitleReservationPolicy.standard();

    private Optional<ReasonCode> refusalOf(ReservationRequestBuilder request) {
        return policy.evaluate(request.build()).map(Refusal::code);
    }

    @Test
    void student_may_reserve_a_checked_out_title_at_their_school_library() {
        assertThat(policy.evaluate(aRequest().build())).isEmpty();
    }

    @Test
    void linked_student_with_a_valid_membership_may_reserve_at_a_branch_of_their_organisation() {
        assertThat(refusalOf(aRequest().pickupAt(OTHER_BRANCH).copies(aCopy().ownedBy(HOME_BRANCH).onShelf())))
                .isEmpty();
    }

    @Test
    void a_refusal_carries_a_human_message() {
        Refusal refusal = policy.evaluate(aRequest().copies(aCopy().onShelf()).build()).orElseThrow();
        assertThat(refusal.message()).isEqualTo("A copy is on the shelf in the school library: take it from the shelf.");
    }

    @Nested
    class PickupLocationMustBeValid {

        @Test
        void student_cannot_pick_up_at_the_library_of_another_school() {
            assertThat(refusalOf(aRequest().pickupAt(OTHER_SCHOOL_LIBRARY))).contains(ReasonCode.PICKUP_LOCATION_INVALID);
        }

        @Test
        void student_cannot_pick_up_at_a_branch_of_another_organisation() {
            assertThat(refusalOf(aRequest().pickupAt(BRANCH_OF_OTHER_ORGANISATION)))
                    .contains(ReasonCode.PICKUP_LOCATION_INVALID);
        }
    }

    @Nested
    class SchoolPolicyMustAllowTheScope {

        @Test
        void school_that_does_not_allow_reserving_at_school_refuses_a_school_reservation() {
            assertThat(refusalOf(aRequest().schoolReservationsAllowed(false)))
                    .contains(ReasonCode.RESERVATIONS_NOT_ALLOWED);
        }

        @Test
        void school_that_allows_only_its_school_library_refuses_a_branch_reservation() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).branchReservationsAllowed(false)))
                    .contains(ReasonCode.RESERVATIONS_NOT_ALLOWED);
        }
    }

    @Nested
    class LibraryLinkAndMembership {

        @Test
        void student_without_library_link_cannot_reserve_at_a_branch() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).libraryLink(false)))
                    .contains(ReasonCode.LIBRARY_LINK_MISSING);
        }

        @Test
        void student_without_library_link_can_still_reserve_at_school() {
            assertThat(refusalOf(aRequest().libraryLink(false).withoutMembership())).isEmpty();
        }

        @Test
        void student_without_membership_cannot_reserve_at_a_branch() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).withoutMembership()))
                    .contains(ReasonCode.LIBRARY_MEMBERSHIP_REQUIRED);
        }

        @Test
        void membership_that_expired_yesterday_no_longer_counts() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).membershipValidUntil(TODAY.minusDays(1))))
                    .contains(ReasonCode.LIBRARY_MEMBERSHIP_REQUIRED);
        }

        @Test
        void membership_valid_until_today_still_counts() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).membershipValidUntil(TODAY))).isEmpty();
        }
    }

    @Nested
    class DuplicatesAndLimit {

        @Test
        void student_cannot_reserve_a_title_they_already_reserved() {
            assertThat(refusalOf(aRequest().alreadyReservedThisTitle(true))).contains(ReasonCode.DUPLICATE_RESERVATION);
        }

        @Test
        void student_at_the_maximum_of_active_reservations_cannot_reserve_another() {
            assertThat(refusalOf(aRequest().activeReservations(3, 3))).contains(ReasonCode.RESERVATION_LIMIT_REACHED);
        }

        @Test
        void student_one_below_the_maximum_may_reserve() {
            assertThat(refusalOf(aRequest().activeReservations(2, 3))).isEmpty();
        }
    }

    @Nested
    class AvailableOnShelf {

        @Test
        void copy_on_the_shelf_in_the_school_library_is_taken_not_reserved() {
            assertThat(refusalOf(aRequest().copies(aCopy().onLoan(), aCopy().onShelf())))
                    .contains(ReasonCode.AVAILABLE_ON_SHELF);
        }

        @Test
        void school_that_relaxed_the_setting_lets_students_reserve_a_copy_on_the_shelf() {
            assertThat(refusalOf(aRequest().schoolOnlyCheckedOut(false).copies(aCopy().onShelf()))).isEmpty();
        }

        @Test
        void copy_on_the_hold_shelf_for_someone_else_is_not_on_the_shelf() {
            assertThat(refusalOf(aRequest().copies(aCopy().in(CopyStatus.ON_HOLD_SHELF)))).isEmpty();
        }

        @Test
        void loan_blocked_copy_on_the_shelf_cannot_be_taken_so_does_not_count() {
            assertThat(refusalOf(aRequest().copies(aCopy().onLoan(), aCopy().onShelf().loanBlocked(null)))).isEmpty();
        }

        @Test
        void school_copy_on_the_shelf_at_another_location_does_not_count() {
            assertThat(refusalOf(aRequest().copies(aCopy().onShelf().currentlyAt(HOME_BRANCH)))).isEmpty();
        }

        @Test
        void copy_on_the_shelf_in_a_branch_does_not_stop_a_branch_reservation() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).copies(aCopy().ownedBy(HOME_BRANCH).onShelf())))
                    .isEmpty();
        }
    }

    @Nested
    class TitleNotReservable {

        @Test
        void title_whose_school_copies_are_all_not_reservable_cannot_be_reserved() {
            assertThat(refusalOf(aRequest().copies(aCopy().reservationBlock(BlockLevel.NOT_RESERVABLE))))
                    .contains(ReasonCode.TITLE_NOT_RESERVABLE);
        }

        @Test
        void title_without_copies_in_the_school_library_cannot_be_reserved_there() {
            assertThat(refusalOf(aRequest().copies(aCopy().ownedBy(OTHER_SCHOOL_LIBRARY), aCopy().ownedBy(HOME_BRANCH))))
                    .contains(ReasonCode.TITLE_NOT_RESERVABLE);
        }

        @Test
        void title_with_only_school_library_copies_cannot_be_reserved_at_a_branch() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).copies(aCopy().ownedBy(SCHOOL_LIBRARY))))
                    .contains(ReasonCode.TITLE_NOT_RESERVABLE);
        }

        @Test
        void title_with_only_missing_copies_cannot_be_reserved() {
            assertThat(refusalOf(aRequest().copies(aCopy().missing()))).contains(ReasonCode.TITLE_NOT_RESERVABLE);
        }

        @Test
        void own_patrons_only_copy_of_another_branch_cannot_be_reserved_for_pickup_here() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH)
                    .copies(aCopy().ownedBy(OTHER_BRANCH).reservationBlock(BlockLevel.OWN_PATRONS_ONLY))))
                    .contains(ReasonCode.TITLE_NOT_RESERVABLE);
        }

        @Test
        void own_patrons_only_copy_can_be_reserved_by_its_own_patron_picking_up_there() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH)
                    .copies(aCopy().ownedBy(HOME_BRANCH).reservationBlock(BlockLevel.OWN_PATRONS_ONLY))))
                    .isEmpty();
        }

        @Test
        void not_reservable_block_that_ended_yesterday_no_longer_stops_a_reservation() {
            assertThat(refusalOf(aRequest().copies(aCopy().reservationBlock(BlockLevel.NOT_RESERVABLE, TODAY.minusDays(1)))))
                    .isEmpty();
        }
    }

    @Nested
    class Order {

        @Test
        void branch_refusals_come_in_the_documented_order() {
            ReservationRequestBuilder request = aRequest().pickupAt(BRANCH_OF_OTHER_ORGANISATION)
                    .branchReservationsAllowed(false).libraryLink(false).withoutMembership()
                    .alreadyReservedThisTitle(true).activeReservations(3, 3)
                    .copies(aCopy().ownedBy(HOME_BRANCH).reservationBlock(BlockLevel.NOT_RESERVABLE));

            assertThat(refusalOf(request)).contains(ReasonCode.PICKUP_LOCATION_INVALID);
            assertThat(refusalOf(request.pickupAt(HOME_BRANCH))).contains(ReasonCode.RESERVATIONS_NOT_ALLOWED);
            assertThat(refusalOf(request.branchReservationsAllowed(true))).contains(ReasonCode.LIBRARY_LINK_MISSING);
            assertThat(refusalOf(request.libraryLink(true))).contains(ReasonCode.LIBRARY_MEMBERSHIP_REQUIRED);
            assertThat(refusalOf(request.membershipValidUntil(TODAY))).contains(ReasonCode.DUPLICATE_RESERVATION);
            assertThat(refusalOf(request.alreadyReservedThisTitle(false))).contains(ReasonCode.RESERVATION_LIMIT_REACHED);
            assertThat(refusalOf(request.activeReservations(0, 3))).contains(ReasonCode.TITLE_NOT_RESERVABLE);
            assertThat(refusalOf(request.copies(aCopy().ownedBy(HOME_BRANCH)))).isEmpty();
        }

        @Test
        void school_refusals_come_in_the_documented_order() {
            ReservationRequestBuilder request = aRequest().pickupAt(OTHER_SCHOOL_LIBRARY)
                    .schoolReservationsAllowed(false).alreadyReservedThisTitle(true).activeReservations(3, 3)
                    .copies(aCopy().ownedBy(SCHOOL_LIBRARY).onShelf());

            assertThat(refusalOf(request)).contains(ReasonCode.PICKUP_LOCATION_INVALID);
            assertThat(refusalOf(request.pickupAt(SCHOOL_LIBRARY))).contains(ReasonCode.RESERVATIONS_NOT_ALLOWED);
            assertThat(refusalOf(request.schoolReservationsAllowed(true))).contains(ReasonCode.DUPLICATE_RESERVATION);
            assertThat(refusalOf(request.alreadyReservedThisTitle(false))).contains(ReasonCode.RESERVATION_LIMIT_REACHED);
            assertThat(refusalOf(request.activeReservations(0, 3))).contains(ReasonCode.AVAILABLE_ON_SHELF);
            assertThat(refusalOf(request.copies(aCopy().ownedBy(SCHOOL_LIBRARY).missing())))
                    .contains(ReasonCode.TITLE_NOT_RESERVABLE);
        }

        @Test
        void a_student_without_link_or_membership_hears_about_the_link_first() {
            assertThat(refusalOf(aRequest().pickupAt(HOME_BRANCH).libraryLink(false).withoutMembership()))
                    .contains(ReasonCode.LIBRARY_LINK_MISSING);
        }
    }
}
