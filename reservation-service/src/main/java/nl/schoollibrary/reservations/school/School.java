package nl.schoollibrary.reservations.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;

/**
 * A school of an organisation. Its reservation policy is a {@link SchoolPolicy} of its own (table
 * {@code school_policy}, keyed by the school), which school and library decide together. Schools come with the
 * organisation's set-up; nothing here changes them.
 */
@Entity
@Table(name = "school")
public class School {

    @Id
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private String brin;

    @Column(nullable = false, updatable = false)
    private String name;

    protected School() {
        // for Hibernate
    }

    /** School staff see their own school; library staff and administrators every school of their organisation. */
    public boolean visibleTo(Actor actor) {
        return actor.role() == Role.SCHOOL_STAFF ? id.equals(actor.schoolId())
                : Long.valueOf(organisationId).equals(actor.organisationId());
    }
}
