package nl.schoollibrary.reservations.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The columns of a reservation that use cases decide on. {@code patronId} is 0 for an anonymised reservation (AVG
 * retention): those are always closed, and no use case acts on a closed reservation's patron.
 */
public record ReservationRow(long id, String kind, ReservationStatus status, long titleId, long patronId, long pickupLocationId,
        Long assignedCopyId, Long requestedCopyId) {

    static final String COLUMNS = "r.id, r.kind, r.status, r.title_id, r.patron_id, r.pickup_location_id,"
            + " r.assigned_copy_id, r.requested_copy_id";

    static ReservationRow of(ResultSet rs) throws SQLException {
        return new ReservationRow(rs.getLong("id"), rs.getString("kind"), ReservationStatus.of(rs.getString("status")), rs.getLong("title_id"),
                rs.getLong("patron_id"), rs.getLong("pickup_location_id"), rs.getObject("assigned_copy_id", Long.class),
                rs.getObject("requested_copy_id", Long.class));
    }

    public boolean isActive() {
        return status.isActive();
    }
}
