package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Readable request fixtures. By default everything is allowed: a linked student with a valid membership (home
 * branch 200) of school 10 reserves a title whose only copy is on loan, picked up at their own school library.
 */
final class ReservationRequestBuilder {

    private PickupLocation pickup = TestWorld.SCHOOL_LIBRARY;
    private boolean libraryLink = true;
    private Long homeBranch = TestWorld.HOME_BRANCH.id();
    private LocalDate membershipValidUntil = TestWorld.TODAY.plusYears(1);
    private boolean reserveAtSchool = true;
    private boolean reserveAtBranches = true;
    private boolean schoolOnlyCheckedOut = true;
    private int maxActiveReservations = 3;
    private int activeReservations;
    private boolean alreadyReservedTitle;
    private List<CopyFacts> copies;
    private LocalDate today = TestWorld.TODAY;

    static ReservationRequestBuilder aRequest() {
        return new ReservationRequestBuilder();
    }

    ReservationRequestBuilder pickupAt(PickupLocation location) {
        this.pickup = location;
        return this;
    }

    ReservationRequestBuilder libraryLink(boolean linked) {
        this.libraryLink = linked;
        return this;
    }

    ReservationRequestBuilder withoutMembership() {
        this.homeBranch = null;
        this.membershipValidUntil = null;
        return this;
    }

    ReservationRequestBuilder membershipValidUntil(LocalDate validUntil) {
        this.membershipValidUntil = validUntil;
        return this;
    }

    ReservationRequestBuilder homeBranch(PickupLocation branch) {
        this.homeBranch = branch.id();
        return this;
    }

    ReservationRequestBuilder schoolReservationsAllowed(boolean allowed) {
        this.reserveAtSchool = allowed;
        return this;
    }

    ReservationRequestBuilder branchReservationsAllowed(boolean allowed) {
        this.reserveAtBranches = allowed;
        return this;
    }

    ReservationRequestBuilder schoolOnlyCheckedOut(boolean only) {
        this.schoolOnlyCheckedOut = only;
        return this;
    }

    ReservationRequestBuilder activeReservations(int active, int max) {
        this.activeReservations = active;
        this.maxActiveReservations = max;
        return this;
    }

    ReservationRequestBuilder alreadyReservedThisTitle(boolean reserved) {
        this.alreadyReservedTitle = reserved;
        return this;
    }

    ReservationRequestBuilder copies(CopyFactsBuilder... builders) {
        this.copies = new ArrayList<>();
        for (CopyFactsBuilder builder : builders) {
            copies.add(builder.build());
        }
        return this;
    }

    ReservationRequestBuilder on(LocalDate day) {
        this.today = day;
        return this;
    }

    StudentFacts student() {
        return new StudentFacts(1, TestWorld.SCHOOL, TestWorld.ORGANISATION, libraryLink, homeBranch,
                membershipValidUntil);
    }

    ReservationRequest build() {
        List<CopyFacts> copiesOfTitle = copies != null ? copies
                : List.of(CopyFactsBuilder.aCopy().ownedBy(pickup).onLoan().build());
        return new ReservationRequest(student(), pickup,
                new SchoolPolicy(reserveAtSchool, reserveAtBranches, schoolOnlyCheckedOut, maxActiveReservations),
                copiesOfTitle, activeReservations, alreadyReservedTitle, today, TestWorld::isBranchOfOrganisation);
    }
}
