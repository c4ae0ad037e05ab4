package nl.schoollibrary.reservations.patron;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A patron (lener): a student of a school, or a special pass (e.g. "Tentoonstelling") owned by a location, to which
 * staff lend and reserve copies for an exhibition or a class. Loaded and saved through {@link Patrons}. Mapped are the
 * columns every patron has; the library link and membership columns of students are kept by the student import (SQL)
 * and keep their defaults here.
 */
@Entity
@Table(name = "patron")
public class Patron {

    /** What kind of patron, as stored in {@code patron.kind}. */
    public enum Kind { STUDENT, SPECIAL_PASS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "group_name")
    private String groupName;

    @Column(name = "student_number")
    private String studentNumber;

    @Column(name = "owner_location_id")
    private Long ownerLocationId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Patron() {
        // for Hibernate
    }

    /** A new special pass named {@code name} (e.g. "Tentoonstelling Kinderboekenweek"), owned by a location. */
    public static Patron specialPass(String name, long ownerLocationId, Instant at) {
        Patron pass = new Patron();
        pass.kind = Kind.SPECIAL_PASS;
        pass.lastName = name.strip();
        pass.ownerLocationId = ownerLocationId;
        pass.active = true;
        pass.createdAt = at;
        return pass;
    }

    public Long id() {
        return id;
    }
}
