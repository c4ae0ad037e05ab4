package nl.schoollibrary.reservations.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import nl.schoollibrary.reservations.common.Jdbc;

/** Writes messages to students (berichten) from the reservation they are about, in the caller's transaction. */
@ApplicationScoped
public class Messages {

    private final Jdbc jdbc;
    private final Clock clock;

    public Messages(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** "Your reservation is ready at the school library / at branch X, pick it up before …". */
    public void reservationReady(long reservationId) {
        insert("RESERVATION_READY", reservationId, null);
    }

    public void reservationCancelled(long reservationId, String reason) {
        insert("RESERVATION_CANCELLED", reservationId, reason);
    }

    private void insert(String kind, long reservationId, String reason) {
        jdbc.update("""
                INSERT INTO message (patron_id, kind, reservation_id, title_id, location_id, pickup_by, reason, created_at)
                SELECT r.patron_id, ?, r.id, r.title_id, r.pickup_location_id, r.pickup_by, ?, ?
                  FROM reservation r JOIN patron p ON p.id = r.patron_id
                 WHERE r.id = ? AND p.kind = 'STUDENT'""", kind, reason, clock.instant(), reservationId);
    }
}
