package nl.schoollibrary.reservations.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.schoollibrary.reservations.common.database.KeptNotDeleted;

/**
 * A library organisation (bibliotheekorganisatie): its code (unique across the installation, never changed), its name,
 * and whether it is active. Never deleted; its schools, locations and accounts refer to it.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends KeptNotDeleted {

    @Column(nullable = false, updatable = false)
    private String code;

    protected Organisation() {
        // for Hibernate
    }

    public static Organisation create(String code, String name, Instant at) {
        Organisation organisation = new Organisation();
        organisation.code = code;
        organisation.start(name, at);
        return organisation;
    }

    public String code() {
        return code;
    }
}
