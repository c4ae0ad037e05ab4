package nl.schoollibrary.reservations.common.database;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/** What a failed write says about the database's constraints, for use cases that answer a violation with a code. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether {@code e} is a violation of the database constraint {@code name} (a unique index, a check). */
    public static boolean violated(PersistenceException e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && name.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
