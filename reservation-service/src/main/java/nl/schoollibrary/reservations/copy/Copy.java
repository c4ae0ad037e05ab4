package nl.schoollibrary.reservations.copy;

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
import nl.schoollibrary.reservations.common.AppClock;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Ending;
import nl.schoollibrary.reservations.common.database.Stamp;
import nl.schoollibrary.reservations.copy.CopyLifecycle.Transition;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import nl.schoollibrary.reservations.reservation.policy.CopyFacts;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import nl.schoollibrary.reservations.reservation.policy.LoanBlock;
import nl.schoollibrary.reservations.reservation.policy.ReservationBlock;

/**
 * A copy (exemplaar) of a title, owned by a location: the aggregate that check-out, check-in, transit and the staff
 * blocks change. Loaded and saved through {@link Copies}; read models (search, shelf, hold shelf) read the table
 * through SQL. The fields are the table's columns; changes go through the methods, which keep the rules.
 */
@Entity
@Table(name = "copy")
public class Copy {

    private static final CopyLifecycle LIFECYCLE = CopyLifecycle.STANDARD;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String barcode;

    @Column(name = "title_id", nullable = false, updatable = false)
    private long titleId;

    @Column(name = "owner_location_id", nullable = false)
    private long ownerLocationId;

    @Column(name = "current_location_id", nullable = false)
    private long currentLocationId;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "shelf_mark", nullable = false)
    private String shelfMark;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CopyStatus status;

    @Column(name = "transit_to_location_id")
    private Long transitToLocationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reservation_block", nullable = false)
    private BlockLevel reservationBlock;

    @Column(name = "reservation_block_until")
    private LocalDate reservationBlockUntil;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "reservation_block_set_by"))
    @AttributeOverride(name = "at", column = @Column(name = "reservation_block_set_at"))
    private Stamp reservationBlockSet;

    @Column(name = "loan_blocked", nullable = false)
    private boolean loanBlocked;

    @Column(name = "loan_block_until")
    private LocalDate loanBlockUntil;

    @Column(name = "loan_block_reason")
    private String loanBlockReason;

    /** Who set or lifted the loan block last, and when. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "loan_block_set_by"))
    @AttributeOverride(name = "at", column = @Column(name = "loan_block_set_at"))
    private Stamp loanBlockSet;

    /** {@code null} while the copy is in circulation. */
    @Embedded
    @AttributeOverride(name = "reason", column = @Column(name = "withdrawn_reason"))
    @AttributeOverride(name = "by", column = @Column(name = "withdrawn_by"))
    @AttributeOverride(name = "at", column = @Column(name = "withdrawn_at"))
    private Ending withdrawn;

    @Version
    @Column(nullable = false)
    private int version;

    protected Copy() {
        // for Hibernate
    }

    /**
     * A new copy of a title (catalogue intake): on the shelf at its owner, without blocks. Placed in a collection with
     * a default block, the database's trigger gives it that block on insert (in the row). The values are checked by
     * the caller (catalogue's field rules).
     */
    public static Copy arrive(long titleId, String barcode, long locationId, String shelfMark, Long collectionId) {
        Copy copy = new Copy();
        copy.titleId = titleId;
        copy.barcode = barcode;
        copy.ownerLocationId = locationId;
        copy.currentLocationId = locationId;
        copy.shelfMark = shelfMark;
        copy.collectionId = collectionId;
        copy.status = CopyStatus.ON_SHELF;
        copy.reservationBlock = BlockLevel.NONE;
        copy.loanBlocked = false;
        return copy;
    }

    public Long id() {
        return id;
    }

    public String barcode() {
        return barcode;
    }

    public long titleId() {
        return titleId;
    }

    public long ownerLocationId() {
        return ownerLocationId;
    }

    public long currentLocationId() {
        return currentLocationId;
    }

    public Long collectionId() {
        return collectionId;
    }

    public String shelfMark() {
        return shelfMark;
    }

    public CopyStatus status() {
        return status;
    }

    public Long transitToLocationId() {
        return transitToLocationId;
    }

    public BlockLevel reservationBlock() {
        return reservationBlock;
    }

    public LocalDate reservationBlockUntil() {
        return reservationBlockUntil;
    }

    public boolean loanBlocked() {
        return loanBlocked;
    }

    public LocalDate loanBlockUntil() {
        return loanBlockUntil;
    }

    public String loanBlockReason() {
        return loanBlockReason;
    }

    /** What the reservation rules need to know about this copy (capture, estimates). */
    public CopyFacts facts() {
        return new CopyFacts(id, ownerLocationId, currentLocationId, status,
                new ReservationBlock(reservationBlock, reservationBlockUntil),
                new LoanBlock(loanBlocked, loanBlockUntil, loanBlockReason));
    }

    /**
     * Lends the copy at the desk of {@code here}. Refused with COPY_NOT_AVAILABLE while it is on loan, in transit or
     * missing; with LOAN_BLOCKED while a loan block is active on {@code today}, unless {@code loanBlockWaived} (the
     * loan fulfils a staff copy reservation of this copy).
     */
    public void checkOut(long here, LocalDate today, boolean loanBlockWaived) {
        CopyStatus lent = LIFECYCLE.require(status, Transition.CHECK_OUT, switch (status) {
            case ON_LOAN -> "This copy is on loan: check it in first.";
            case MISSING -> "This copy is registered as missing: check it in first.";
            case WITHDRAWN -> "This copy is withdrawn (afgeschreven).";
            default -> "This copy is in transit: check it in first.";
        });
        LoanBlock loanBlock = facts().loanBlock();
        if (loanBlock.activeOn(today) && !loanBlockWaived) {
            throw new ProblemException(ErrorCode.LOAN_BLOCKED, "This copy is blocked for loan"
                    + (loanBlock.until() != null ? " until " + loanBlock.until() : "")
                    + (loanBlock.reason() != null ? ": " + loanBlock.reason() : "") + ".");
        }
        moveTo(lent, here, null);
    }

    /** Checked in (or reserved on the shelf) for a reservation picked up at {@code here}: on the hold shelf there. */
    public void hold(long here) {
        moveTo(LIFECYCLE.require(status, Transition.HOLD, null), here, null);
    }

    /** Checked in at {@code here} for a reservation picked up at {@code pickupLocationId}: it travels there. */
    public void sendInTransit(long here, long pickupLocationId) {
        moveTo(LIFECYCLE.require(status, Transition.SEND_IN_TRANSIT, null), here, pickupLocationId);
    }

    /**
     * Checked in at {@code here} with no reservation to fill: back on the shelf at its owner, otherwise on its way
     * there. Answers whether it went back on the shelf.
     */
    public boolean returnToOwner(long here) {
        if (ownerLocationId == here) {
            moveTo(LIFECYCLE.require(status, Transition.SHELVE, null), here, null);
            return true;
        }
        moveTo(LIFECYCLE.require(status, Transition.ROUTE_TO_OWNER, null), here, ownerLocationId);
        return false;
    }

    /** A withdrawn copy cannot be checked in: 409 COPY_WITHDRAWN (before anything else of the check-in happens). */
    public void requireInCirculation() {
        if (status == CopyStatus.WITHDRAWN) {
            throw new ProblemException(ErrorCode.COPY_WITHDRAWN, "This copy is withdrawn (afgeschreven) on "
                    + LocalDate.ofInstant(withdrawn.at(), AppClock.ZONE) + ": take it out of circulation.");
        }
    }

    /** A new shelf mark (1 to 60 characters, checked by the caller). */
    public void changeShelfMark(String mark) {
        requireInCirculation();
        shelfMark = mark;
    }

    /**
     * Into another collection ({@code null}: none). Into a collection with a default block, the database's trigger
     * blocks a copy that has no block yet (in the row, at the flush); leaving a collection keeps the block.
     */
    public void changeCollection(Long collection) {
        requireInCirculation();
        collectionId = collection;
    }

    /**
     * Given to another owner location, its blocks kept. A copy on the shelf (or missing) goes there at once; a copy
     * on loan, or left on a hold shelf by a reservation that ended, stays where it is until its check-in routes it to
     * the new owner. A copy in transit is refused (409 COPY_HELD_OR_IN_TRANSIT); the caller refuses one on the hold
     * shelf for a ready reservation.
     */
    public void move(long newOwner) {
        requireInCirculation();
        LIFECYCLE.require(status, Transition.MOVE,
                "This copy is in transit: move it after it has arrived and been checked in.");
        ownerLocationId = newOwner;
        if (status == CopyStatus.ON_SHELF || status == CopyStatus.MISSING) {
            currentLocationId = newOwner;
            transitToLocationId = null;
        }
    }

    /**
     * Withdrawn (afgeschreven) with a reason: kept as history, never lent, reserved or captured again. Refused for a
     * withdrawn copy (409 COPY_WITHDRAWN) and a copy on loan (409 COPY_ON_LOAN: check it in first). The caller hands
     * on the reservations it held.
     */
    public void withdraw(String reason, String by, Instant at) {
        if (status == CopyStatus.WITHDRAWN) {
            throw new ProblemException(ErrorCode.COPY_WITHDRAWN, "This copy is already withdrawn.");
        }
        status = LIFECYCLE.require(status, Transition.WITHDRAW, "This copy is on loan: check it in first, then "
                + "withdraw it.");
        transitToLocationId = null;
        withdrawn = new Ending(reason, by, at);
    }

    private void moveTo(CopyStatus next, long here, Long transitTo) {
        status = next;
        currentLocationId = here;
        transitToLocationId = transitTo;
    }

    /**
     * Sets the reservation block (staff codes 0, 7, 8). An end date must be today or later and needs a block: clearing
     * to NONE takes none. Who set it and when are kept for the copy detail.
     */
    public void blockReservations(BlockLevel level, LocalDate until, String by, Instant at) {
        requireNotPast(until, at);
        if (level == BlockLevel.NONE && until != null) {
            throw ProblemException.invalid("until", "an end date needs a block (OWN_PATRONS_ONLY or NOT_RESERVABLE)");
        }
        reservationBlock = level;
        reservationBlockUntil = until;
        reservationBlockSet = new Stamp(by, at);
    }

    /** Blocks lending, with an optional end date (today or later) and reason (blank means none). */
    public void blockLoans(LocalDate until, String reason, String by, Instant at) {
        requireNotPast(until, at);
        loanBlocked = true;
        loanBlockUntil = until;
        loanBlockReason = reason == null || reason.isBlank() ? null : reason.strip();
        loanBlockSet = new Stamp(by, at);
    }

    /** Lifts the loan block; who lifted it and when are kept in its place. */
    public void clearLoanBlock(String by, Instant at) {
        loanBlocked = false;
        loanBlockUntil = null;
        loanBlockReason = null;
        loanBlockSet = new Stamp(by, at);
    }

    /** A block's end date lies today or later, "today" in the service's time zone at the moment of the change. */
    private static void requireNotPast(LocalDate until, Instant at) {
        if (until != null && until.isBefore(LocalDate.ofInstant(at, AppClock.ZONE))) {
            throw ProblemException.invalid("until", "must be today or later");
        }
    }
}
