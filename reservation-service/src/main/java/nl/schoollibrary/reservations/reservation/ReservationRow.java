package nl.schoollibrary.reservations.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A reservation found before anything is locked: that the actor may see it, and which title's lock to take before the
 * reservation itself is loaded locked as the {@link Reservation} aggregate.
 */
public record ReservationRow(long id, long titleId) {

    static final String COLUMNS = "r.id, r.title_id";

    static ReservationRow of(ResultSet rs) throws SQLException {
        return new ReservationRow(rs.getLong("id"), rs.getLong("title_id"));
    }
}
