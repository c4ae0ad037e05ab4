package nl.schoollibrary.reservations.copy;

import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.IN_TRANSIT;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_HOLD_SHELF;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_LOAN;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_SHELF;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;

/**
 * Where a copy may go in circulation, as one table of the allowed (status, transition) pairs and the status each
 * leads to, like the reservation lifecycle (docs/adr/0010). {@link Copy}'s methods ask it before they change the copy;
 * anything not in the table is refused with the transition's stable code.
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
 * </ul>
 *
 * <p>Plain Java without state: {@link #STANDARD} is the one instance.
 */
public final class CopyLifecycle {

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
        ROUTE_TO_OWNER
    }

    /** The answer to "may this transition happen now?". */
    public sealed interface Decision {

        /** The status the copy is in afterwards. */
        record Allowed(CopyStatus to) implements Decision {
        }

        /** Not allowed from this status: the stable code the API answers with. */
        record Refused(CopyStatus from, Transition transition, ErrorCode code) implements Decision {

            /** A default text, for callers without a more specific wording. */
            public String detail() {
                return "A copy that is " + from + " does not allow " + transition + ".";
            }
        }
    }

    public static final CopyLifecycle STANDARD = new CopyLifecycle();

    private static final Set<CopyStatus> EVERY_STATUS = EnumSet.allOf(CopyStatus.class);

    /** THE table: for each transition, the statuses it may start from and where each leads. */
    private static final Map<Transition, Map<CopyStatus, CopyStatus>> TABLE = table();

    private static Map<Transition, Map<CopyStatus, CopyStatus>> table() {
        Map<Transition, Map<CopyStatus, CopyStatus>> t = new EnumMap<>(Transition.class);
        t.put(Transition.CHECK_OUT, edges(EnumSet.of(ON_SHELF, ON_HOLD_SHELF), ON_LOAN));
        t.put(Transition.HOLD, edges(EVERY_STATUS, ON_HOLD_SHELF));
        t.put(Transition.SEND_IN_TRANSIT, edges(EVERY_STATUS, IN_TRANSIT));
        t.put(Transition.SHELVE, edges(EVERY_STATUS, ON_SHELF));
        t.put(Transition.ROUTE_TO_OWNER, edges(EVERY_STATUS, IN_TRANSIT));
        return Collections.unmodifiableMap(t);
    }

    private static Map<CopyStatus, CopyStatus> edges(Set<CopyStatus> from, CopyStatus to) {
        Map<CopyStatus, CopyStatus> edges = new EnumMap<>(CopyStatus.class);
        from.forEach(status -> edges.put(status, to));
        return Collections.unmodifiableMap(edges);
    }

    private CopyLifecycle() {
    }

    /** May {@code transition} happen to a copy in status {@code from}, and where does it lead? */
    public Decision decide(CopyStatus from, Transition transition) {
        Objects.requireNonNull(from, "from");
        CopyStatus to = TABLE.get(transition).get(from);
        return to != null ? new Decision.Allowed(to) : new Decision.Refused(from, transition, refusalCode(transition));
    }

    /** The target status, or a {@link ProblemException} with the refusal's code and the caller's {@code detail}. */
    public CopyStatus require(CopyStatus from, Transition transition, String detail) {
        Decision decision = decide(from, transition);
        if (decision instanceof Decision.Refused refused) {
            throw new ProblemException(refused.code(), detail != null ? detail : refused.detail());
        }
        return ((Decision.Allowed) decision).to();
    }

    /** Where {@code transition} leads from {@code from}, if it is allowed. */
    public Optional<CopyStatus> next(CopyStatus from, Transition transition) {
        return Optional.ofNullable(TABLE.get(transition).get(from));
    }

    /** The statuses {@code transition} may start from. */
    public Set<CopyStatus> from(Transition transition) {
        Set<CopyStatus> from = TABLE.get(transition).keySet();
        return from.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(from));
    }

    /**
     * A copy that cannot be lent is {@link ErrorCode#COPY_NOT_AVAILABLE} (the desk's answer today); the check-in
     * transitions start from every status, and were one ever refused, it would be a plain {@link ErrorCode#CONFLICT}.
     */
    private static ErrorCode refusalCode(Transition transition) {
        return transition == Transition.CHECK_OUT ? ErrorCode.COPY_NOT_AVAILABLE : ErrorCode.CONFLICT;
    }
}
