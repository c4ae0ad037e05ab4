package nl.schoollibrary.reservations.calendar;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.schoollibrary.reservations.common.database.Stamp;

/**
 * A closure: a date range (both days included) and a reason, for one or many locations. Its closed periods (one row
 * per location, {@code closed_period}, which the pickup calendar reads) are written set-based beside it and deleted
 * with it (ON DELETE CASCADE). A closure is not changed: it is deleted and made again.
 */
@Entity
@Table(name = "closure")
public class ClosureRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false, updatable = false)
    private LocalDate to;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false, updatable = false))
    private Stamp created;

    protected ClosureRecord() {
        // for Hibernate
    }

    /** A closure from {@code from} to {@code to} (checked by the caller: not before from, at most 366 days). */
    public static ClosureRecord create(LocalDate from, LocalDate to, String reason, String by, Instant at) {
        ClosureRecord closure = new ClosureRecord();
        closure.from = from;
        closure.to = to;
        closure.reason = reason.strip();
        closure.created = new Stamp(by, at);
        return closure;
    }

    public long id() {
        return id;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
