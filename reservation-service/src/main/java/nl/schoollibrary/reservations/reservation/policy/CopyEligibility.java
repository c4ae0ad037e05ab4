package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.LongPredicate;
import nl.schoollibrary.reservations.location.LocationKind;

/**
 * Which copies can fill a title reservation. Shared by placement, check-in and the availability
 * estimate, so all three agree. Staff copy reservations ignore reservation blocks and do not use this class.
 */
public final class CopyEligibility {

    private CopyEligibility() {
    }

    /**
     * SCHOOL scope: the copy belongs to the pickup school library. LIBRARY scope: the copy belongs to a branch of the
     * pickup's organisation, as told by {@code isBranchOfOrganisation} applied to the owner location id.
     */
    public static boolean inScope(CopyFacts copy, PickupLocation pickup, Scope scope, LongPredicate isBranchOfOrganisation) {
        return switch (scope) {
            case SCHOOL -> copy.ownerLocationId() == pickup.id();
            case LIBRARY -> isBranchOfOrganisation.test(copy.ownerLocationId());
        };
    }

    /**
     * Whether the copy's blocks, as they apply today, let it fill this reservation: an active loan block or
     * {@code NOT_RESERVABLE} (code 8) never does; {@code OWN_PATRONS_ONLY} (code 7) only for a patron of the owner
     * location who picks it up there.
     */
    public static boolean blocksAllow(CopyFacts copy, PickupLocation pickup, boolean patronBelongsToOwner, LocalDate today) {
        if (copy.loanBlock().activeOn(today)) {
            return false;
        }
        return switch (copy.reservationBlock().effectiveOn(today)) {
            case NONE -> true;
            case NOT_RESERVABLE -> false;
            case OWN_PATRONS_ONLY -> pickup.id() == copy.ownerLocationId() && patronBelongsToOwner;
        };
    }

    /** In scope, allowed by its blocks, and neither missing nor withdrawn. */
    public static boolean couldEverFill(CopyFacts copy, PickupLocation pickup, Scope scope,
            LongPredicate isBranchOfOrganisation, boolean patronBelongsToOwner, LocalDate today) {
        return copy.state() != CopyStatus.MISSING && copy.state() != CopyStatus.WITHDRAWN
                && inScope(copy, pickup, scope, isBranchOfOrganisation)
                && blocksAllow(copy, pickup, patronBelongsToOwner, today);
    }

    /**
     * {@link #couldEverFill} for the student and pickup of a request. Whether the student belongs to the owner only
     * matters when the copy is picked up at its owner (code 7), so the owner is then the pickup location itself.
     */
    public static boolean couldEverFill(CopyFacts copy, ReservationRequest request) {
        PickupLocation pickup = request.pickup();
        boolean belongs = copy.ownerLocationId() == pickup.id()
                && patronBelongsTo(request.student(), pickup.id(), pickup.type(), pickup.schoolId());
        return couldEverFill(copy, pickup, request.scope(), request.isBranchOfOrganisation(), belongs, request.today());
    }

    /**
     * Whether the student is one of the owner location's own patrons: for a school library, a student of its school;
     * for a branch, a student whose library membership has that branch as home branch.
     */
    public static boolean patronBelongsTo(StudentFacts student, long ownerLocationId, LocationKind ownerType, Long ownerSchoolId) {
        return switch (ownerType) {
            case SCHOOL_LIBRARY -> ownerSchoolId != null && ownerSchoolId == student.schoolId();
            case BRANCH -> Objects.equals(student.homeBranchId(), ownerLocationId);
        };
    }
}
