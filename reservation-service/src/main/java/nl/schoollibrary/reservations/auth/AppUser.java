package nl.schoollibrary.reservations.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** Someone who logs in: a student (linked to a patron) or a staff member (linked to a school / organisation / location). */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "patron_id")
    public Long patronId;

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(name = "location_id")
    public Long locationId;

    @Column(nullable = false)
    public boolean active;

    /** Active or not: login tells a disabled account apart only after the password matched (AuthService). */
    public static Optional<AppUser> findByUsername(String username) {
        return find("username = ?1", username).firstResultOptional();
    }
}
