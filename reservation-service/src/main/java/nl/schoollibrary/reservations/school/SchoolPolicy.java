package nl.schoollibrary.reservations.school;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.schoollibrary.reservations.common.database.Stamp;

/**
 * The reservation policy of a school: may students reserve at school and in the branches, only checked-out copies at
 * school, and how many active reservations a student may have. A school without a row has the defaults
 * ({@link #defaults}); the first change stores it.
 */
@Entity
@Table(name = "school_policy")
public class SchoolPolicy {

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "reserve_at_school", nullable = false)
    private boolean reserveAtSchool;

    @Column(name = "reserve_at_branches", nullable = false)
    private boolean reserveAtBranches;

    @Column(name = "school_only_checked_out", nullable = false)
    private boolean schoolOnlyCheckedOut;

    @Column(name = "max_active_reservations", nullable = false)
    private int maxActiveReservations;

    /** The last change; the defaults name nobody. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "updated_by"))
    @AttributeOverride(name = "at", column = @Column(name = "updated_at", nullable = false))
    private Stamp updated;

    protected SchoolPolicy() {
        // for Hibernate
    }

    /** The policy of a school that never changed it: reserve at school only, checked-out copies there, 3 at a time. */
    public static SchoolPolicy defaults(long schoolId, Instant at) {
        SchoolPolicy policy = new SchoolPolicy();
        policy.schoolId = schoolId;
        policy.reserveAtSchool = true;
        policy.reserveAtBranches = false;
        policy.schoolOnlyCheckedOut = true;
        policy.maxActiveReservations = 3;
        policy.updated = new Stamp(null, at);
        return policy;
    }

    /** Changes the policy; who changed it and when are kept. The limit is 1 to 50 (the request checks it). */
    public void change(boolean atSchool, boolean atBranches, boolean onlyCheckedOutAtSchool, int maxActive, String by,
            Instant at) {
        reserveAtSchool = atSchool;
        reserveAtBranches = atBranches;
        schoolOnlyCheckedOut = onlyCheckedOutAtSchool;
        maxActiveReservations = maxActive;
        updated = new Stamp(by, at);
    }
}
