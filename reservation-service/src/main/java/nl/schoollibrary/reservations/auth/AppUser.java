package nl.schoollibrary.reservations.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone who logs in: a student (linked to a patron) or a staff member (linked to a school / organisation / location).
 * Loaded through {@link Users}; the profile the API shows ({@code /api/me}) is read through SQL. Accounts are created
 * by the demo data and administration outside this service, so there is no factory yet.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "patron_id")
    private Long patronId;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "location_id")
    private Long locationId;

    @Column(nullable = false)
    private boolean active;

    protected AppUser() {
        // for Hibernate
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    /** The patron of a student; {@code null} for staff. */
    public Long patronId() {
        return patronId;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long locationId() {
        return locationId;
    }

    /** Whether the account itself is enabled (a student also needs an active patron: {@link AccountReads}). */
    public boolean active() {
        return active;
    }
}
