package nl.schoollibrary.reservations.auth;

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
import java.time.Instant;
import java.util.Objects;
import nl.schoollibrary.reservations.common.database.Stamp;

/**
 * Someone who logs in: a student (linked to a patron) or a staff member (linked to a school / organisation / location).
 * Loaded through {@link Users}; the profile the API shows ({@code /api/me}) is read through SQL.
 *
 * <p>The password: none yet (a student imported without a login card: the account cannot log in), a temporary one (a
 * staff member's temporary password or a student's start code, valid until {@link #temporaryPasswordExpiresAt()};
 * after a login with it the account can only change it), or one the person chose. Only bcrypt hashes are kept. An
 * account is never deleted: it is disabled (who and when are kept) and can be enabled again.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash")
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

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "temporary_password_expires_at")
    private Instant temporaryPasswordExpiresAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false, updatable = false))
    private Stamp created;

    /** {@code null} while the account is enabled. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "disabled_by"))
    @AttributeOverride(name = "at", column = @Column(name = "disabled_at"))
    private Stamp disabled;

    protected AppUser() {
        // for Hibernate
    }

    /**
     * A new staff account (school staff, library staff or administrator) without a password yet: give it one with
     * {@link #setTemporaryPassword} in the same transaction. The scope (school, organisation, location) comes from
     * the caller, who took it from the location.
     */
    public static AppUser staff(String username, String displayName, Role role, Scope scope, String createdBy,
            Instant now) {
        AppUser user = new AppUser();
        user.username = Objects.requireNonNull(username);
        user.staffAs(displayName, role, scope);
        user.active = true;
        user.created = new Stamp(createdBy, now);
        return user;
    }

    /** Where a staff account works: its school (school staff), organisation and location; any may be null for an administrator. */
    public record Scope(Long schoolId, Long organisationId, Long locationId) {
    }

    /**
     * A temporary password (a staff member's, or a student's start code): the account must change it at its first
     * login, which works until {@code validUntil}. Replaces whatever password the account had.
     */
    public void setTemporaryPassword(String hash, Instant validUntil) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = true;
        this.temporaryPasswordExpiresAt = Objects.requireNonNull(validUntil);
    }

    /** The person chose a password: no longer temporary. */
    public void changePassword(String hash, Instant now) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = false;
        this.temporaryPasswordExpiresAt = null;
        this.passwordChangedAt = now;
    }

    /** Whether the temporary password (or start code) has expired {@code now}; false for a chosen password. */
    public boolean temporaryPasswordExpired(Instant now) {
        return mustChangePassword && temporaryPasswordExpiresAt != null && !now.isBefore(temporaryPasswordExpiresAt);
    }

    /** Disables the account (a second disable keeps the first who and when). */
    public void disable(String by, Instant now) {
        if (active) {
            active = false;
            disabled = new Stamp(by, now);
        }
    }

    public void enable() {
        active = true;
        disabled = null;
    }

    /** A new display name, role or scope (the caller checked who may change what). */
    public void change(String newDisplayName, Role newRole, Scope newScope) {
        if (role == Role.STUDENT) {
            throw new IllegalArgumentException("Only staff accounts change role");
        }
        staffAs(newDisplayName, newRole, newScope);
    }

    /** The display name, staff role and scope a staff account is created with and changed to. */
    private void staffAs(String newDisplayName, Role staffRole, Scope newScope) {
        if (staffRole == Role.STUDENT || staffRole == Role.INTEGRATION) {
            throw new IllegalArgumentException("Not a staff role: " + staffRole);
        }
        displayName = Objects.requireNonNull(newDisplayName);
        role = staffRole;
        schoolId = newScope.schoolId();
        organisationId = newScope.organisationId();
        locationId = newScope.locationId();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    /** The bcrypt hash, or {@code null} when the account has no password (it cannot log in with one). */
    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant temporaryPasswordExpiresAt() {
        return temporaryPasswordExpiresAt;
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

    public Instant createdAt() {
        return created.at();
    }
}
