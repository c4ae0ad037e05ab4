package nl.schoollibrary.reservations.common.database;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What an administrator names and deactivates but never deletes, because history refers to it: an organisation, a
 * school, a location. Its name, whether it is active and when it was created, and the two changes of them (each says
 * whether it changed, for the event). Its id is the database's (an identity column).
 */
@MappedSuperclass
public abstract class KeptNotDeleted {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** A new one, as every one starts: named {@code name} (trimmed), active, created {@code at}. */
    protected void start(String name, Instant at) {
        this.name = name.strip();
        this.active = true;
        this.createdAt = at;
    }

    /** A new name (trimmed); whether it changed. */
    public boolean rename(String to) {
        String stripped = to.strip();
        boolean changed = !stripped.equals(name);
        name = stripped;
        return changed;
    }

    /** Active or not; whether that changed. Whether it may be deactivated now is the caller's to decide. */
    public boolean activate(boolean to) {
        boolean changed = active != to;
        active = to;
        return changed;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }
}
