package nl.schoollibrary.reservations.reservation;

import static nl.schoollibrary.reservations.reservation.ReservationStatus.CANCELLED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.EXPIRED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.FULFILLED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.IN_TRANSIT;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.READY;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.WAITING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * The reservation lifecycle as one state machine (docs/adr/0010): ONE table of the allowed (status, transition) pairs
 * and the status each leads to. Every use case that changes a reservation asks {@link #decide} (or {@link #require})
 * before it writes; the set-based jobs (expiry, anonymisation, capture) build their {@code WHERE status IN (...)}
 * from {@link #from}. Anything not in the table is refused with {@link ErrorCode#CONFLICT}.
 *
 * <p>Plain Java without state: {@link #STANDARD} is the one instance.
 */
public final class ReservationLifecycle {

    /** What can happen to a reservation. */
    public enum Transition {
        /** A reservation is placed: it starts {@link #start() without a status}. */
        PLACE,
        /** A captured copy is (or already was) at the pickup location: it goes on the hold shelf. */
        CAPTURE_READY,
        /** A captured copy is sent to the pickup location (captured elsewhere, or checked in at another location). */
        SEND_IN_TRANSIT,
        /** The copy in transit is checked in at the pickup location. */
        ARRIVE,
        /** The patron borrows the held copy, or any copy of the title they wait for. */
        FULFIL,
        CANCEL_BY_STUDENT,
        CANCEL_BY_STAFF,
        /** Not picked up before the pickup-by date. */
        EXPIRE,
        /** Paused until a date: skipped by capture, keeps its place. */
        SUSPEND,
        RESUME,
        /** The not-needed-after date of a waiting reservation is set or cleared. */
        CHANGE_NOT_NEEDED_AFTER,
        /** Staff move a waiting reservation one place up or down in its queue. */
        MOVE_IN_QUEUE,
        /** Past its not-needed-after date while still waiting. */
        CLOSE_NOT_NEEDED,
        /** AVG retention: a closed reservation loses its link to the student; its status stays. */
        ANONYMISE
    }

    /** The answer to "may this transition happen now?". */
    public sealed interface Decision {

        /** The status the reservation is in afterwards. */
        record Allowed(ReservationStatus to) implements Decision {
        }

        /** Not allowed from this status: the stable code the API answers with. */
        record Refused(ReservationStatus from, Transition transition, ErrorCode code) implements Decision {

            /** A default text, for paths that have no more specific wording. */
            public String detail() {
                return from == null ? "A reservation cannot be " + transition + " before it is placed."
                        : "A " + from + " reservation does not allow " + transition + ".";
            }
        }

        default boolean allowed() {
            return this instanceof Allowed;
        }
    }

    public static final ReservationLifecycle STANDARD = new ReservationLifecycle();

    /** The status a placed reservation starts in (the row for "no status yet"). */
    private static final ReservationStatus PLACED = WAITING;

    /** THE table: for each transition, the statuses it may start from and where each leads. */
    private static final Map<Transition, Map<ReservationStatus, ReservationStatus>> TABLE = table();

    private static Map<Transition, Map<ReservationStatus, ReservationStatus>> table() {
        Map<Transition, Map<ReservationStatus, ReservationStatus>> t = new EnumMap<>(Transition.class);
        allow(t, Transition.PLACE); // from no status only: see start()
        allow(t, Transition.CAPTURE_READY, WAITING, READY);
        allow(t, Transition.SEND_IN_TRANSIT, WAITING, IN_TRANSIT, IN_TRANSIT, IN_TRANSIT, READY, IN_TRANSIT);
        allow(t, Transition.ARRIVE, IN_TRANSIT, READY);
        allow(t, Transition.FULFIL, WAITING, FULFILLED, READY, FULFILLED);
        allow(t, Transition.CANCEL_BY_STUDENT, WAITING, CANCELLED, IN_TRANSIT, CANCELLED, READY, CANCELLED);
        allow(t, Transition.CANCEL_BY_STAFF, WAITING, CANCELLED, IN_TRANSIT, CANCELLED, READY, CANCELLED);
        allow(t, Transition.EXPIRE, READY, EXPIRED);
        allow(t, Transition.SUSPEND, WAITING, WAITING);
        allow(t, Transition.RESUME, WAITING, WAITING);
        allow(t, Transition.CHANGE_NOT_NEEDED_AFTER, WAITING, WAITING);
        allow(t, Transition.MOVE_IN_QUEUE, WAITING, WAITING);
        allow(t, Transition.CLOSE_NOT_NEEDED, WAITING, EXPIRED);
        allow(t, Transition.ANONYMISE, FULFILLED, FULFILLED, CANCELLED, CANCELLED, EXPIRED, EXPIRED);
        return Collections.unmodifiableMap(t);
    }

    /** Pairs of (from, to). */
    private static void allow(Map<Transition, Map<ReservationStatus, ReservationStatus>> table, Transition transition,
            ReservationStatus... fromTo) {
        Map<ReservationStatus, ReservationStatus> edges = new EnumMap<>(ReservationStatus.class);
        for (int i = 0; i < fromTo.length; i += 2) {
            edges.put(fromTo[i], fromTo[i + 1]);
        }
        table.put(transition, Collections.unmodifiableMap(edges));
    }

    private ReservationLifecycle() {
    }

    /** May {@code transition} happen to a reservation in status {@code from}, and where does it lead? */
    public Decision decide(ReservationStatus from, Transition transition) {
        Objects.requireNonNull(from, "from");
        ReservationStatus to = TABLE.get(transition).get(from);
        return to != null ? new Decision.Allowed(to) : new Decision.Refused(from, transition, refusalCode(transition));
    }

    /** The target status, or a {@link ProblemException} with the refusal's code and the caller's {@code detail}. */
    public ReservationStatus require(ReservationStatus from, Transition transition, String detail) {
        Decision decision = decide(from, transition);
        if (decision instanceof Decision.Refused refused) {
            throw new ProblemException(refused.code(), detail != null ? detail : refused.detail());
        }
        return ((Decision.Allowed) decision).to();
    }

    /** The target status, when the caller already selected the reservation by {@link #from} (a refusal is a bug). */
    public ReservationStatus to(ReservationStatus from, Transition transition) {
        Decision decision = decide(from, transition);
        if (decision instanceof Decision.Refused refused) {
            throw new IllegalStateException(refused.detail());
        }
        return ((Decision.Allowed) decision).to();
    }

    /** The status a newly placed reservation starts in ({@link Transition#PLACE} from no status). */
    public ReservationStatus start() {
        return PLACED;
    }

    /** The statuses {@code transition} may start from. */
    public Set<ReservationStatus> from(Transition transition) {
        Set<ReservationStatus> from = TABLE.get(transition).keySet();
        return from.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(from));
    }

    /** {@link #from} as an SQL {@code IN} list, for set-based statements. */
    public String fromSql(Transition transition) {
        return ReservationStatus.sqlList(from(transition));
    }

    /** The one status {@code transition} leads to from all of its start statuses (for set-based statements). */
    public ReservationStatus target(Transition transition) {
        Set<ReservationStatus> targets = EnumSet.noneOf(ReservationStatus.class);
        targets.addAll(TABLE.get(transition).values());
        if (targets.size() != 1) {
            throw new IllegalStateException(transition + " does not lead to one status: " + targets);
        }
        return targets.iterator().next();
    }

    /** Where {@code transition} leads from {@code from}, if it is allowed. */
    public Optional<ReservationStatus> next(ReservationStatus from, Transition transition) {
        return Optional.ofNullable(TABLE.get(transition).get(from));
    }

    /**
     * Every refusal is a 409 CONFLICT: the request was understood but the reservation is in a state that does not
     * allow it. (The more specific answers of today — 403 for a student moving a queue, 404 for what one cannot see,
     * 409 HELD_FOR_ANOTHER_PATRON / COPY_NOT_AVAILABLE at the desk — are about the actor or the copy, not the status,
     * and stay where they are decided.)
     */
    private static ErrorCode refusalCode(Transition transition) {
        return ErrorCode.CONFLICT;
    }
}
