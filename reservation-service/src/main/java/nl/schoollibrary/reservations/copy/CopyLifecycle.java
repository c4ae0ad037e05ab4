package nl.schoollibrary.reservations.copy;

import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.IN_TRANSIT;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.MISSING;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_HOLD_SHELF;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_LOAN;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_SHELF;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.WITHDRAWN;

import java.util.EnumSet;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.lifecycle.StateMachine;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;

/**
 * Where a copy may go in circulation, as one table of the allowed (status, transition) pairs and the status each
 * leads to, on the same {@link StateMachine} as the reservation lifecycle (docs/adr/0010). {@link Copy}'s methods ask
 * it before they change the copy; anything not in the table is refused with the transition's stable code.
 *
 * <p>What the desk does today, in these words:
 * <ul>
 *   <li>Lending ({@link Transition#CHECK_OUT}) needs a copy on the shelf or on the hold shelf; on loan, in transit
 *       or missing it is refused with {@link ErrorCode#COPY_NOT_AVAILABLE} ("check it in first").</li>
 *   <li>Every other transition is the end of a check-in, and a copy can be checked in whatever its status: that is
 *       how a lent copy comes back, a copy in transit arrives, a copy is cleared from the hold shelf and a missing
 *       copy is found. Where it goes depends on the reservation it fills and on where it is scanned:
 *       {@link Transition#HOLD} (captured here, arrived, or scanned again on the hold shelf; also a staff copy
 *       reservation of a copy on the shelf), {@link Transition#SEND_IN_TRANSIT} (to the pickup location of the
 *       reservation it fills), {@link Transition#SHELVE} (nothing to fill, at its owner) and
 *       {@link Transition#ROUTE_TO_OWNER} (nothing to fill, elsewhere).</li>
 *   <li>No transition leads to {@link CopyStatus#MISSING}: the product has no "mark missing" yet; the status comes
 *       with imported data, and a check-in ends it.</li>
 *   <li>Catalogue intake: {@link Transition#WITHDRAW} (afschrijven) from the shelf, the hold shelf, transit or
 *       missing; a copy on loan is refused with {@link ErrorCode#COPY_ON_LOAN} (check it in first).
 *       {@link Transition#MOVE} (another owner location) keeps the status; a copy in transit is refused with
 *       {@link ErrorCode#COPY_HELD_OR_IN_TRANSIT} (as is one on the hold shelf for a ready reservation, which the
 *       use case knows).</li>
 *   <li>{@link CopyStatus#WITHDRAWN} is the end: nothing leaves it, a check-in is refused with
 *       {@link ErrorCode#COPY_WITHDRAWN}, a check-out with {@link ErrorCode#COPY_NOT_AVAILABLE}.</li>
 * </ul>
 *
 * <p>Plain Java without state: {@link #STANDARD} is the one instance.
 */
public final class CopyLifecycle extends StateMachine<CopyStatus, CopyLifecycle.Transition> {

    /** What can happen to a copy. */
    public enum Transition {
        /** Lent at a desk. */
        CHECK_OUT,
        /** Checked in for a reservation picked up here, or captured on the shelf for a copy reservation. */
        HOLD,
        /** Checked in for a reservation picked up at another location: it travels there. */
        SEND_IN_TRANSIT,
        /** Checked in at its owner location with no reservation to fill: back on the shelf. */
        SHELVE,
        /** Checked in at another location with no reservation to fill: it travels back to its owner. */
        ROUTE_TO_OWNER,
        /** Withdrawn from the collection (afschrijven): kept as history only. */
        WITHDRAW,
        /** Given to another owner location; its status stays. */
        MOVE
    }

    /** Every status a copy in circulation can have: a check-in starts from each of them. */
    private static final EnumSet<CopyStatus> IN_CIRCULATION = EnumSet.complementOf(EnumSet.of(WITHDRAWN));

    public static final CopyLifecycle STANDARD = new CopyLifecycle();

    /** THE table: for each transition, the statuses it may start from and where each leads. */
    private CopyLifecycle() {
        super(StateMachine.builder(CopyStatus.class, Transition.class)
                .allow(Transition.CHECK_OUT, EnumSet.of(ON_SHELF, ON_HOLD_SHELF), ON_LOAN)
                .allow(Transition.HOLD, IN_CIRCULATION, ON_HOLD_SHELF)
                .allow(Transition.SEND_IN_TRANSIT, IN_CIRCULATION, IN_TRANSIT)
                .allow(Transition.SHELVE, IN_CIRCULATION, ON_SHELF)
                .allow(Transition.ROUTE_TO_OWNER, IN_CIRCULATION, IN_TRANSIT)
                .allow(Transition.WITHDRAW, EnumSet.of(ON_SHELF, MISSING, ON_HOLD_SHELF, IN_TRANSIT), WITHDRAWN)
                .allowUnchanged(Transition.MOVE, EnumSet.of(ON_SHELF, ON_LOAN, ON_HOLD_SHELF, MISSING))
                .refusedWith(CopyLifecycle::refusalCode)
                .worded(CopyLifecycle::wording));
    }

    /**
     * A copy that cannot be lent is {@link ErrorCode#COPY_NOT_AVAILABLE} (the desk's answer today); the check-in
     * transitions start from every status but withdrawn, so their refusal is {@link ErrorCode#COPY_WITHDRAWN}; a
     * withdrawal is refused for a copy on loan ({@link ErrorCode#COPY_ON_LOAN}; the use case answers a withdrawn one
     * first), a move for a copy in transit.
     */
    private static ErrorCode refusalCode(Transition transition) {
        return switch (transition) {
            case CHECK_OUT -> ErrorCode.COPY_NOT_AVAILABLE;
            case WITHDRAW -> ErrorCode.COPY_ON_LOAN;
            case MOVE -> ErrorCode.COPY_HELD_OR_IN_TRANSIT;
            case HOLD, SEND_IN_TRANSIT, SHELVE, ROUTE_TO_OWNER -> ErrorCode.COPY_WITHDRAWN;
        };
    }

    /** The default text of a refusal, for callers without a more specific wording. */
    private static String wording(CopyStatus from, Transition transition) {
        return "A copy that is " + from + " does not allow " + transition + ".";
    }
}
