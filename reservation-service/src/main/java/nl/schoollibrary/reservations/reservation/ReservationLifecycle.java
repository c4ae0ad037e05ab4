package nl.schoollibrary.reservations.reservation;

import static nl.schoollibrary.reservations.reservation.ReservationStatus.CANCELLED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.EXPIRED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.FULFILLED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.IN_TRANSIT;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.READY;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.WAITING;

import java.util.EnumSet;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.lifecycle.StateMachine;

/**
 * The reservation lifecycle as one state machine (docs/adr/0010): ONE table of the allowed (status, transition) pairs
 * and the status each leads to. Every use case that changes a reservation asks {@link #decide} (or {@link #require})
 * before it writes; the set-based jobs (expiry, anonymisation, capture) build their {@code WHERE status IN (...)}
 * from {@link #from}. Anything not in the table is refused with {@link ErrorCode#CONFLICT}. The machine itself is
 * the shared {@link StateMachine}; this class is its reservation table, plus where a placed reservation starts.
 *
 * <p>Plain Java without state: {@link #STANDARD} is the one instance.
 */
public final class ReservationLifecycle extends StateMachine<ReservationStatus, ReservationLifecycle.Transition> {

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
        ANONYMISE,
        /**
         * The copy it held (on the hold shelf or on its way) is withdrawn: it waits again, first in its queue, for the
         * next copy.
         */
        RELEASE
    }

    /** The status a placed reservation starts in (the row for "no status yet"). */
    private static final ReservationStatus PLACED = WAITING;

    public static final ReservationLifecycle STANDARD = new ReservationLifecycle();

    /** THE table: for each transition, the statuses it may start from and where each leads. */
    private ReservationLifecycle() {
        super(StateMachine.builder(ReservationStatus.class, Transition.class)
                // PLACE: from no status only, see start()
                .allow(Transition.CAPTURE_READY, WAITING, READY)
                .allow(Transition.SEND_IN_TRANSIT, EnumSet.of(WAITING, IN_TRANSIT, READY), IN_TRANSIT)
                .allow(Transition.ARRIVE, IN_TRANSIT, READY)
                .allow(Transition.FULFIL, EnumSet.of(WAITING, READY), FULFILLED)
                .allow(Transition.CANCEL_BY_STUDENT, EnumSet.of(WAITING, IN_TRANSIT, READY), CANCELLED)
                .allow(Transition.CANCEL_BY_STAFF, EnumSet.of(WAITING, IN_TRANSIT, READY), CANCELLED)
                .allow(Transition.EXPIRE, READY, EXPIRED)
                .allow(Transition.SUSPEND, WAITING, WAITING)
                .allow(Transition.RESUME, WAITING, WAITING)
                .allow(Transition.CHANGE_NOT_NEEDED_AFTER, WAITING, WAITING)
                .allow(Transition.MOVE_IN_QUEUE, WAITING, WAITING)
                .allow(Transition.CLOSE_NOT_NEEDED, WAITING, EXPIRED)
                .allowUnchanged(Transition.ANONYMISE, EnumSet.of(FULFILLED, CANCELLED, EXPIRED))
                .allow(Transition.RELEASE, EnumSet.of(IN_TRANSIT, READY), WAITING)
                .refusedWith(ReservationLifecycle::refusalCode)
                .worded(ReservationLifecycle::wording));
    }

    /** The status a newly placed reservation starts in ({@link Transition#PLACE} from no status). */
    public ReservationStatus start() {
        return PLACED;
    }

    /** {@link #from} as an SQL {@code IN} list, for set-based statements. */
    public String fromSql(Transition transition) {
        return ReservationStatus.sqlList(from(transition));
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

    /** The default text of a refusal, for paths that have no more specific wording. */
    private static String wording(ReservationStatus from, Transition transition) {
        return from == null ? "A reservation cannot be " + transition + " before it is placed."
                : "A " + from + " reservation does not allow " + transition + ".";
    }
}
