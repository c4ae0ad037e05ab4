package nl.schoollibrary.reservations.reservation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Ending;
import nl.schoollibrary.reservations.reservation.ReservationDtos.Direction;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle.Transition;
import nl.schoollibrary.reservations.reservation.policy.Scope;

/**
 * A reservation: the aggregate that cancelling, pausing, queue moves, capture at check-in, arrival and fulfilment at
 * check-out change. Every change asks {@link ReservationLifecycle} first, so a refused transition keeps its code.
 * Loaded (locked, after the title's lock) and saved through {@link Reservations}; lists and views read the table
 * through SQL ({@link ReservationReads}).
 *
 * <p>New title reservations are inserted by {@link ReservationPlacing} in SQL (the placement hot path, ADR 0007/0008),
 * and expiry and anonymisation are set-based statements; Hibernate inserts only staff copy reservations
 * ({@link #ofCopy}). The database fills {@code id} and {@code queue_seq} (its sequence; a new one keeps 0 here
 * until it is loaded again), and the one column only the anonymisation job writes ({@code anonymised_at}) is not
 * inserted from here. {@code school_id} is inserted as given: the trigger that fills it from the patron when it is
 * missing would give a special pass no school.
 */
@Entity
@Table(name = "reservation")
public class Reservation {

    private static final ReservationLifecycle LIFECYCLE = ReservationLifecycle.STANDARD;

    private static final String NOT_MOVABLE = "Only a waiting title reservation can be moved.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReservationKind kind;

    /** {@code null} once anonymised (AVG retention); those are closed, and no use case acts on them. */
    @Column(name = "patron_id", updatable = false)
    private Long patronId;

    /** The school the reservation counts for: the student's, or for a special pass the school of its school library. */
    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "title_id", nullable = false, updatable = false)
    private long titleId;

    @Column(name = "requested_copy_id", updatable = false)
    private Long requestedCopyId;

    @Column(name = "pickup_location_id", nullable = false, updatable = false)
    private long pickupLocationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReservationStatus status;

    @Column(name = "queue_seq", nullable = false, insertable = false)
    private long queueSeq;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "assigned_copy_id")
    private Long assignedCopyId;

    @Column(name = "captured_at")
    private Instant capturedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "pickup_by")
    private LocalDate pickupBy;

    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

    @Column(name = "not_needed_after")
    private LocalDate notNeededAfter;

    /** {@code null} while the reservation is active; a fulfilment names no reason and no one. */
    @Embedded
    @AttributeOverride(name = "reason", column = @Column(name = "close_reason"))
    @AttributeOverride(name = "by", column = @Column(name = "closed_by"))
    @AttributeOverride(name = "at", column = @Column(name = "closed_at"))
    private Ending closed;

    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private Instant anonymisedAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected Reservation() {
        // for Hibernate
    }

    /**
     * A staff reservation of copy {@code copyId} for the patron, waiting as every new reservation starts; it goes
     * before every title reservation when the copy comes back. {@code schoolId} is the school it counts for
     * ({@link ReservationAccess#schoolOfPatron}); a copy on the shelf is then captured for it at once
     * ({@link #captureReady}).
     */
    public static Reservation ofCopy(long patronId, Long schoolId, long titleId, long copyId, long pickupLocationId,
            Scope scope, Instant placedAt, String placedBy) {
        Reservation reservation = new Reservation();
        reservation.kind = ReservationKind.COPY;
        reservation.patronId = patronId;
        reservation.schoolId = schoolId;
        reservation.titleId = titleId;
        reservation.requestedCopyId = copyId;
        reservation.pickupLocationId = pickupLocationId;
        reservation.scope = scope;
        reservation.status = LIFECYCLE.start();
        reservation.placedAt = placedAt;
        reservation.placedBy = placedBy;
        return reservation;
    }

    public Long id() {
        return id;
    }

    public ReservationKind kind() {
        return kind;
    }

    public Long patronId() {
        return patronId;
    }

    public long titleId() {
        return titleId;
    }

    public long pickupLocationId() {
        return pickupLocationId;
    }

    public ReservationStatus status() {
        return status;
    }

    public long queueSeq() {
        return queueSeq;
    }

    public Long assignedCopyId() {
        return assignedCopyId;
    }

    public LocalDate pickupBy() {
        return pickupBy;
    }

    /** A staff reservation of one copy (its loan block does not stop the loan that fulfils it). */
    public boolean isCopyReservation() {
        return kind == ReservationKind.COPY;
    }

    public boolean isFor(long patron) {
        return patronId != null && patronId == patron;
    }

    /**
     * Cancelled by the student or by staff: staff give a reason (the student gets a message with it). Closed
     * reservations refuse with CONFLICT. Answers the reason as kept (stripped; {@code null} when none).
     */
    public String cancel(boolean byStaff, String reason, String by, Instant at) {
        ReservationStatus cancelled = LIFECYCLE.require(status,
                byStaff ? Transition.CANCEL_BY_STAFF : Transition.CANCEL_BY_STUDENT,
                "This reservation is already " + status + ".");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (byStaff && why == null) {
            throw ProblemException.invalid("reason", "staff give a reason when they cancel a reservation");
        }
        status = cancelled;
        closed = new Ending(why, by, at);
        return why;
    }

    /** Paused until and including {@code until}: capture skips it, it keeps its place. Waiting ones only. */
    public void suspend(LocalDate until) {
        status = requireWaitingChange(Transition.SUSPEND);
        suspendedUntil = until;
    }

    /** The pause ends. Waiting ones only. */
    public void resume() {
        status = requireWaitingChange(Transition.RESUME);
        suspendedUntil = null;
    }

    /** Closes by itself when still waiting after {@code date}; {@code null} removes the date. Waiting ones only. */
    public void changeNotNeededAfter(LocalDate date) {
        status = requireWaitingChange(Transition.CHANGE_NOT_NEEDED_AFTER);
        notNeededAfter = date;
    }

    private ReservationStatus requireWaitingChange(Transition transition) {
        return LIFECYCLE.require(status, transition,
                "Only a waiting reservation can be changed this way; this one is " + status + ".");
    }

    /**
     * Staff move a waiting title reservation one place up or down: it swaps places with {@code neighbour}, the next
     * one in that direction among those competing for the same copies (none: it is already first or last).
     */
    public void moveInQueue(Direction direction, Optional<Reservation> neighbour) {
        LIFECYCLE.require(status, Transition.MOVE_IN_QUEUE, NOT_MOVABLE);
        if (kind != ReservationKind.TITLE) {
            throw new ProblemException(ErrorCode.CONFLICT, NOT_MOVABLE);
        }
        Reservation other = neighbour.orElseThrow(() -> new ProblemException(ErrorCode.CONFLICT,
                direction == Direction.UP ? "This reservation is already first in line."
                        : "This reservation is already last in line."));
        LIFECYCLE.require(other.status, Transition.MOVE_IN_QUEUE, NOT_MOVABLE);
        long mine = queueSeq;
        long theirs = other.queueSeq;
        other.queueSeq = mine;
        queueSeq = theirs == mine ? theirs + (direction == Direction.UP ? -1 : 1) : theirs;
    }

    /**
     * A copy checked in at the pickup location (or, for a staff copy reservation, its copy on the shelf) is captured
     * for it: on the hold shelf until {@code pickUpBy}.
     */
    public void captureReady(long copyId, LocalDate pickUpBy, Instant at) {
        status = LIFECYCLE.require(status, Transition.CAPTURE_READY, null);
        assignedCopyId = copyId;
        capturedAt = at;
        readyAt = at;
        pickupBy = pickUpBy;
    }

    /** A copy checked in elsewhere is captured for it and sent to the pickup location. */
    public void captureInTransit(long copyId, Instant at) {
        status = LIFECYCLE.require(status, Transition.SEND_IN_TRANSIT, null);
        assignedCopyId = copyId;
        capturedAt = at;
    }

    /** Whether its copy is on its way here: checked in at the pickup location, it arrives ({@link #arrive}). */
    public boolean awaitsArrival() {
        return LIFECYCLE.next(status, Transition.ARRIVE).isPresent();
    }

    /** The copy in transit is checked in at the pickup location: on the hold shelf until {@code pickUpBy}. */
    public void arrive(LocalDate pickUpBy, Instant at) {
        status = LIFECYCLE.require(status, Transition.ARRIVE, null);
        readyAt = at;
        pickupBy = pickUpBy;
    }

    /** Its copy is checked in at another location than the pickup location: it travels (again) to the pickup. */
    public void sendOnToPickup() {
        status = LIFECYCLE.require(status, Transition.SEND_IN_TRANSIT, null);
        pickupBy = null;
        readyAt = null;
    }

    /**
     * The copy it held (ready on the hold shelf or on its way) was withdrawn: it waits again without a copy, at
     * {@code queuePosition} (the caller puts it before every waiting reservation of the title, so the next copy is
     * its). A title reservation only; a copy reservation of a withdrawn copy is cancelled instead.
     */
    public void release(long queuePosition) {
        status = LIFECYCLE.require(status, Transition.RELEASE, "Only a reservation that holds a copy can be released.");
        assignedCopyId = null;
        capturedAt = null;
        readyAt = null;
        pickupBy = null;
        queueSeq = queuePosition;
    }

    /** The patron borrows {@code copyId}: the copy held for them, or any copy of the title they wait for. */
    public void fulfil(long copyId, Instant at) {
        status = LIFECYCLE.require(status, Transition.FULFIL, null);
        assignedCopyId = copyId;
        closed = new Ending(null, null, at);
    }
}
