package nl.schoollibrary.reservations.circulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A loan (uitlening) of a copy to a patron: made at check-out ({@link #lend}), closed at check-in ({@link #checkIn}).
 * Loaded and saved through {@link Loans}; lists and views read the table through SQL ({@link CirculationReads}).
 * The anonymisation job (AVG retention) removes the patron of returned loans in SQL; no use case changes a returned
 * loan, so the patron and {@code anonymised_at} are never written from here after the insert.
 */
@Entity
@Table(name = "loan")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "copy_id", nullable = false, updatable = false)
    private long copyId;

    @Column(name = "patron_id", updatable = false)
    private Long patronId;

    /** The school the loan counts for: the student's, or for a special pass the school of its school library. */
    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private long locationId;

    @Column(name = "checked_out_at", nullable = false, updatable = false)
    private Instant checkedOutAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_location_id")
    private Long returnedLocationId;

    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private Instant anonymisedAt;

    protected Loan() {
        // for Hibernate
    }

    /** A new open loan of the copy, lent at {@code locationId}, due at the end of {@code dueDate}. */
    public static Loan lend(long copyId, long patronId, Long schoolId, long locationId, Instant at, LocalDate dueDate) {
        Loan loan = new Loan();
        loan.copyId = copyId;
        loan.patronId = patronId;
        loan.schoolId = schoolId;
        loan.locationId = locationId;
        loan.checkedOutAt = at;
        loan.dueDate = dueDate;
        return loan;
    }

    public Long id() {
        return id;
    }

    public long copyId() {
        return copyId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean isOpen() {
        return returnedAt == null;
    }

    /** Returned after the end of its due date, checked in on {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return dueDate.isBefore(day);
    }

    /** The copy is checked in at {@code locationId}: the loan closes. */
    public void checkIn(Instant at, long location) {
        if (!isOpen()) {
            throw new IllegalStateException("Loan " + id + " is already returned");
        }
        returnedAt = at;
        returnedLocationId = location;
    }
}
