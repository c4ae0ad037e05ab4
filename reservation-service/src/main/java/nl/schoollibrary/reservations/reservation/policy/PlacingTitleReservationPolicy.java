package nl.schoollibrary.reservations.reservation.policy;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a student may place a title reservation with a given pickup location.
 *
 * <p>The rules run in a fixed order and the first refusal wins, because the portal shows one reason per pickup
 * option. The order goes from "this option makes no sense for you" to "not right now":
 * <ol>
 *   <li>{@link PickupLocationMustBeTheStudentsSchoolLibraryOrABranch} — {@code PICKUP_LOCATION_INVALID}</li>
 *   <li>{@link SchoolPolicyMustAllowTheScope} — {@code RESERVATIONS_NOT_ALLOWED}</li>
 *   <li>{@link BranchReservationsNeedALibraryLink} — {@code LIBRARY_LINK_MISSING}</li>
 *   <li>{@link BranchReservationsNeedAValidMembership} — {@code LIBRARY_MEMBERSHIP_REQUIRED}</li>
 *   <li>{@link OneActiveReservationPerTitle} — {@code DUPLICATE_RESERVATION}</li>
 *   <li>{@link ActiveReservationsAreLimited} — {@code RESERVATION_LIMIT_REACHED}</li>
 *   <li>{@link SchoolCopiesOnTheShelfAreTakenNotReserved} — {@code AVAILABLE_ON_SHELF}</li>
 *   <li>{@link SomeCopyInScopeMustBeAbleToFillIt} — {@code TITLE_NOT_RESERVABLE}</li>
 * </ol>
 * "Not logged in" is not a rule here: it is answered at the HTTP edge before a request can be built.
 */
public final class PlacingTitleReservationPolicy {

    private static final PlacingTitleReservationPolicy STANDARD = new PlacingTitleReservationPolicy(List.of(
            new PickupLocationMustBeTheStudentsSchoolLibraryOrABranch(),
            new SchoolPolicyMustAllowTheScope(),
            new BranchReservationsNeedALibraryLink(),
            new BranchReservationsNeedAValidMembership(),
            new OneActiveReservationPerTitle(),
            new ActiveReservationsAreLimited(),
            new SchoolCopiesOnTheShelfAreTakenNotReserved(),
            new SomeCopyInScopeMustBeAbleToFillIt()));

    private final List<PlacementRule> rules;

    public PlacingTitleReservationPolicy(List<PlacementRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The placement rules in the documented order. */
    public static PlacingTitleReservationPolicy standard() {
        return STANDARD;
    }

    /** The first refusal in rule order, or empty when the reservation may be placed. */
    public Optional<Refusal> evaluate(ReservationRequest request) {
        for (PlacementRule rule : rules) {
            Optional<Refusal> refusal = rule.check(request);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
