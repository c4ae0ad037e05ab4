package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;
import java.util.Set;
import nl.schoollibrary.reservations.location.LocationKind;

/**
 * The small world the policy tests live in: organisation 1 serves school 10 (school library 100) and school 11
 * (school library 101) and has branches 200 and 201; branch 300 belongs to organisation 2.
 */
final class TestWorld {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static final long ORGANISATION = 1;
    static final long SCHOOL = 10;

    static final PickupLocation SCHOOL_LIBRARY = new PickupLocation(100, LocationKind.SCHOOL_LIBRARY, ORGANISATION, SCHOOL);
    static final PickupLocation OTHER_SCHOOL_LIBRARY = new PickupLocation(101, LocationKind.SCHOOL_LIBRARY, ORGANISATION, 11L);
    static final PickupLocation HOME_BRANCH = new PickupLocation(200, LocationKind.BRANCH, ORGANISATION, null);
    static final PickupLocation OTHER_BRANCH = new PickupLocation(201, LocationKind.BRANCH, ORGANISATION, null);
    static final PickupLocation BRANCH_OF_OTHER_ORGANISATION = new PickupLocation(300, LocationKind.BRANCH, 2, null);

    static final Set<Long> BRANCHES_OF_ORGANISATION = Set.of(HOME_BRANCH.id(), OTHER_BRANCH.id());

    static boolean isBranchOfOrganisation(long locationId) {
        return BRANCHES_OF_ORGANISATION.contains(locationId);
    }

    private TestWorld() {
    }
}
