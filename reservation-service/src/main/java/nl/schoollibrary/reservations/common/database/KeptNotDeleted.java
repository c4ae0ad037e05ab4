package nl.schoollibrary.reservations.common.database;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What an administrator names and deactivates but never deletes, because history refers to it: an organisation, a
 * school, a location. Its name and whether it is active, and the two changes of them (each says whether it changed,
 * for the event).
 */
@MappedSuperclass
public abstract class KeptNotDeleted {

    @Column(nullable = false)
    protected String name;

    @Column(nullable = false)
    protected boolean active;

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

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }
}
