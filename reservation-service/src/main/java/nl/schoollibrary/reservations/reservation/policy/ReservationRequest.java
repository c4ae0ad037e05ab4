package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * Everything needed to decide whether a student may place a title reservation with this pickup location today.
 *
 * <p>{@code copiesOfTitle} may hold all copies of the title; the rules themselves keep the ones in scope
 * ({@link CopyEligibility#inScope}). For {@link Scope#LIBRARY} that needs to know which locations are branches of
 * the pickup's organisation: pass {@code isBranchOfOrganisation}. Without it ({@code null}), the request trusts the
 * caller to have passed only copies in scope for a branch pickup (copies owned by branches of that organisation).
 */
public record ReservationRequest(
        StudentFacts student,
        PickupLocation pickup,
        SchoolPolicy policy,
        List<CopyFacts> copiesOfTitle,
        int activeReservations,
        boolean alreadyHasActiveReservationOfTitle,
        LocalDate today,
        LongPredicate isBranchOfOrganisation) {

    /** For {@link Scope#LIBRARY}: every copy passed counts as owned by a branch of the pickup's organisation. */
    public static final LongPredicate COPIES_ALREADY_IN_SCOPE = ownerLocationId -> true;

    public ReservationRequest {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(pickup, "pickup");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(today, "today");
        copiesOfTitle = copiesOfTitle == null ? List.of() : List.copyOf(copiesOfTitle);
        isBranchOfOrganisation = isBranchOfOrganisation == null ? COPIES_ALREADY_IN_SCOPE : isBranchOfOrganisation;
    }

    /** {@link Scope#SCHOOL} when the pickup location is a school library, {@link Scope#LIBRARY} for a branch. */
    public Scope scope() {
        return pickup.isSchoolLibrary() ? Scope.SCHOOL : Scope.LIBRARY;
    }
}
