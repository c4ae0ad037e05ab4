package nl.schoollibrary.reservations.copy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.schoollibrary.reservations.common.AppClock;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;

/**
 * A copy (exemplaar) of a title, owned by a location: the aggregate that check-out, check-in, transit and the staff
 * blocks change. Loaded and saved through {@link Copies}; read models (search, shelf, hold shelf) read the table
 * through SQL. The fields are the table's columns; changes go through the methods, which keep the rules.
 */
@Entity
@Table(name = "copy")
public class Copy {

    @Id
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

    @Column(name = "reservation_block_set_by")
    private String reservationBlockSetBy;

    @Column(name = "reservation_block_set_at")
    private Instant reservationBlockSetAt;

    @Column(name = "loan_blocked", nullable = false)
    private boolean loanBlocked;

    @Column(name = "loan_block_until")
    private LocalDate loanBlockUntil;

    @Column(name = "loan_block_reason")
    private String loanBlockReason;

    @Column(name = "loan_block_set_by")
    private String loanBlockSetBy;

    @Column(name = "loan_block_set_at")
    private Instant loanBlockSetAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected Copy() {
        // for Hibernate
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
        reservationBlockSetBy = by;
        reservationBlockSetAt = at;
    }

    /** Blocks lending, with an optional end date (today or later) and reason (blank means none). */
    public void blockLoans(LocalDate until, String reason, String by, Instant at) {
        requireNotPast(until, at);
        loanBlocked = true;
        loanBlockUntil = until;
        loanBlockReason = reason == null || reason.isBlank() ? null : reason.strip();
        loanBlockSetBy = by;
        loanBlockSetAt = at;
    }

    /** Lifts the loan block; who lifted it and when are kept in its place. */
    public void clearLoanBlock(String by, Instant at) {
        loanBlocked = false;
        loanBlockUntil = null;
        loanBlockReason = null;
        loanBlockSetBy = by;
        loanBlockSetAt = at;
    }

    /** A block's end date lies today or later, "today" in the service's time zone at the moment of the change. */
    private static void requireNotPast(LocalDate until, Instant at) {
        if (until != null && until.isBefore(LocalDate.ofInstant(at, AppClock.ZONE))) {
            throw ProblemException.invalid("until", "must be today or later");
        }
    }
}
