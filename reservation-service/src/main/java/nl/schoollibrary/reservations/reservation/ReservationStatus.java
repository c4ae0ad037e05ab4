package nl.schoollibrary.reservations.reservation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a reservation is in its life, as stored in {@code reservation.status}. Which status may follow which is
 * {@link ReservationLifecycle}'s one table; this enum only says what each status is.
 */
@Schema(name = "ReservationStatus")
public enum ReservationStatus {
    /** In the queue: no copy yet (it may be paused or carry a not-needed-after date). */
    WAITING,
    /** A copy is captured and on its way to the pickup location. */
    IN_TRANSIT,
    /** A copy lies on the hold shelf of the pickup location until the pickup-by date. */
    READY,
    /** Closed: the patron borrowed the copy (or another copy of the title). */
    FULFILLED,
    /** Closed: cancelled by the student or by staff. */
    CANCELLED,
    /** Closed: not picked up in time, or no longer needed after its not-needed-after date. */
    EXPIRED;

    /** The statuses of a reservation still open (it counts towards the limit and blocks a second one). */
    public static final Set<ReservationStatus> ACTIVE = EnumSet.of(WAITING, IN_TRANSIT, READY);

    /** The statuses of a reservation a copy is assigned to and held for (in transit or on the hold shelf). */
    public static final Set<ReservationStatus> HOLDING_COPY = EnumSet.of(IN_TRANSIT, READY);

    /** The statuses of a closed reservation. */
    public static final Set<ReservationStatus> CLOSED = EnumSet.complementOf(EnumSet.copyOf(ACTIVE));

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public boolean isClosed() {
        return !isActive();
    }

    /** A copy is assigned to the reservation and held for it (in transit or on the hold shelf). */
    public boolean holdsCopy() {
        return HOLDING_COPY.contains(this);
    }

    /** The stored value of a status column; {@code null} stays {@code null}. */
    public static ReservationStatus of(String stored) {
        return stored == null ? null : valueOf(stored);
    }

    /** The statuses as the list of an SQL {@code IN (...)}: {@code 'WAITING', 'READY'}, in declaration order. */
    public static String sqlList(Collection<ReservationStatus> statuses) {
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("An SQL IN list needs at least one status");
        }
        return EnumSet.copyOf(statuses).stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
