package nl.schoollibrary.reservations.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.location.LocationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MessageDtos {

    private MessageDtos() {
    }

    @Schema(name = "MessageKind", description = "RESERVATION_READY: ready at location (pickupBy); RESERVATION_EXPIRED: "
            + "not picked up in time; RESERVATION_CANCELLED: cancelled by staff (reason); RESERVATION_CLOSED: closed "
            + "after its not-needed-after date; RESERVATION_COPY_WITHDRAWN: the copy reserved for the student was "
            + "withdrawn (afgeschreven), so the copy reservation ended; RESERVATION_PICKUP_BY_MOVED: a closure of the "
            + "pickup location covered the pickup-by date, which moved to the next open day after it (pickupBy)")
    public enum Kind {
        RESERVATION_READY, RESERVATION_EXPIRED, RESERVATION_CANCELLED, RESERVATION_CLOSED, RESERVATION_COPY_WITHDRAWN,
        RESERVATION_PICKUP_BY_MOVED
    }

    @Schema(name = "Message", description = "A message to the student (bericht); the portal words it in Dutch or English")
    public record MessageView(
            @Schema(required = true) long id,
            @Schema(required = true) Kind kind,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) boolean read,
            Long reservationId,
            TitleRef title,
            LocationRef location,
            LocalDate pickupBy,
            String reason) {
    }

    @Schema(name = "MessagePage")
    public record MessagePage(
            @Schema(required = true) List<MessageView> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total,
            @Schema(description = "Unread messages in all", required = true) long unread) {
    }
}
