package nl.schoollibrary.reservations.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.MessageDtos.Kind;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessageView;

/**
 * Messages to students (berichten): written from the reservation they are about, in the caller's transaction, and
 * marked read by the student. Set-based SQL like the expiry's messages ({@code ExpiryService}): a message is a row
 * written once from its reservation and, after that, only its read mark changes.
 */
@ApplicationScoped
public class Messages {

    @Inject Jdbc jdbc;
    @Inject MessageReads reads;
    @Inject Clock clock;

    /** "Your reservation is ready at the school library / at branch X, pick it up before …". */
    public void reservationReady(long reservationId) {
        insert(Kind.RESERVATION_READY, reservationId, null);
    }

    public void reservationCancelled(long reservationId, String reason) {
        insert(Kind.RESERVATION_CANCELLED, reservationId, reason);
    }

    /** "The copy reserved for you was withdrawn": the end of a copy reservation whose copy left the collection. */
    public void reservationCopyWithdrawn(long reservationId) {
        insert(Kind.RESERVATION_COPY_WITHDRAWN, reservationId, null);
    }

    /**
     * "The pickup-by date of your reservation moved to …": a closure covers the date it was ready until, so it waits
     * until the next open day after the closure (the message carries the new date). One statement for all.
     */
    public void pickupByMoved(Long[] reservationIds) {
        if (reservationIds.length == 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO message (patron_id, kind, reservation_id, title_id, location_id, pickup_by, reason, created_at)
                SELECT r.patron_id, ?, r.id, r.title_id, r.pickup_location_id, r.pickup_by, NULL, ?
                  FROM reservation r JOIN patron p ON p.id = r.patron_id
                 WHERE r.id = ANY (?) AND p.kind = 'STUDENT'
                 ORDER BY r.id""", Kind.RESERVATION_PICKUP_BY_MOVED, clock.instant(), reservationIds);
    }

    /** Marks one of the patron's messages read (once: a second time keeps the first moment); empty when not theirs. */
    @Transactional
    public Optional<MessageView> markRead(long patronId, long messageId) {
        jdbc.update("UPDATE message SET read_at = coalesce(read_at, ?) WHERE id = ? AND patron_id = ?", clock.instant(),
                messageId, patronId);
        return reads.one(patronId, messageId);
    }

    /** Marks every unread message of the patron read. */
    @Transactional
    public void markAllRead(long patronId) {
        jdbc.update("UPDATE message SET read_at = ? WHERE patron_id = ? AND read_at IS NULL", clock.instant(), patronId);
    }

    private void insert(Kind kind, long reservationId, String reason) {
        jdbc.update("""
                INSERT INTO message (patron_id, kind, reservation_id, title_id, location_id, pickup_by, reason, created_at)
                SELECT r.patron_id, ?, r.id, r.title_id, r.pickup_location_id, r.pickup_by, ?, ?
                  FROM reservation r JOIN patron p ON p.id = r.patron_id
                 WHERE r.id = ? AND p.kind = 'STUDENT'""", kind, reason, clock.instant(), reservationId);
    }
}
