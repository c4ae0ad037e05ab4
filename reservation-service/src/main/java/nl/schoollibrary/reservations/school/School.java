package nl.schoollibrary.reservations.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.database.KeptNotDeleted;

/**
 * A school of an organisation, with its BRIN number (unique across the installation, never changed), its name, how
 * the student import makes usernames, and whether it is active. Its reservation policy is a {@link SchoolPolicy} of
 * its own (table {@code school_policy}, keyed by the school), which school and library decide together. A school is
 * never deleted; deactivated, its library is too and its students cannot log in.
 */
@Entity
@Table(name = "school")
public class School extends KeptNotDeleted {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private String brin;

    @Enumerated(EnumType.STRING)
    @Column(name = "student_username_rule", nullable = false)
    private StudentUsernameRule studentUsernameRule;

    protected School() {
        // for Hibernate
    }

    public static School create(long organisationId, String brin, String name, StudentUsernameRule rule, Instant at) {
        School school = new School();
        school.organisationId = organisationId;
        school.brin = brin;
        school.start(name, at);
        school.studentUsernameRule = rule == null ? StudentUsernameRule.FIRST_NAME_LAST_NAME : rule;
        return school;
    }

    /**
     * School staff see their own school, library staff every school of their organisation, administrators every
     * school of the installation.
     */
    public boolean visibleTo(Actor actor) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case SCHOOL_STAFF -> Long.valueOf(id()).equals(actor.schoolId());
            default -> Long.valueOf(organisationId).equals(actor.organisationId());
        };
    }

    /**
     * Whether the actor may administer the school: an administrator every school of the installation, library staff
     * the schools of their organisation, school staff their own school.
     */
    public boolean inScopeOf(Actor actor) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case LIBRARY_STAFF -> Long.valueOf(organisationId).equals(actor.organisationId());
            case SCHOOL_STAFF -> Long.valueOf(id()).equals(actor.schoolId());
            default -> false;
        };
    }

    /** How usernames are made from now on; whether that changed. */
    public boolean useUsernameRule(StudentUsernameRule rule) {
        boolean changed = studentUsernameRule != rule;
        studentUsernameRule = rule;
        return changed;
    }

    public long organisationId() {
        return organisationId;
    }

    public String brin() {
        return brin;
    }
}
