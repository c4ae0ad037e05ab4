package nl.schoollibrary.reservations.reservation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.common.FreeText;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.policy.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reservation API model. */
public final class ReservationDtos {

    private ReservationDtos() {
    }

    @Schema(name = "PlaceReservationRequest")
    public record PlaceReservationRequest(
            @Schema(required = true) @NotNull @Positive Long titleId,
            @Schema(description = "The student's school library or a branch of their organisation", required = true)
            @NotNull @Positive Long pickupLocationId,
            @Schema(description = "Staff only: the student to reserve for. Students reserve for themselves.")
            @Positive Long patronId,
            @Schema(description = "Optional: close the reservation by itself when it is still waiting after this date")
            LocalDate notNeededAfter) {
    }

    @Schema(name = "CancelReservationRequest")
    public record CancelRequest(
            @Schema(description = "Why (required for staff)", example = "Boek is beschadigd") @FreeText @Size(max = 300) String reason) {
    }

    @Schema(name = "SuspendReservationRequest")
    public record SuspendRequest(
            @Schema(description = "Pause until and including this date", required = true) @NotNull LocalDate until) {
    }

    @Schema(name = "NotNeededAfterRequest")
    public record NotNeededAfterRequest(
            @Schema(description = "Close the waiting reservation after this date; null removes it") LocalDate date) {
    }

    @Schema(name = "MoveReservationRequest")
    public record MoveRequest(
            @Schema(required = true) @NotNull Direction direction,
            @Schema(example = "Leerling heeft het boek nodig voor een spreekbeurt", required = true)
            @FreeText @NotBlank @Size(max = 300) String reason) {
    }

    @Schema(name = "MoveDirection")
    public enum Direction { UP, DOWN }

    @Schema(name = "Reservation")
    public record ReservationView(
            @Schema(required = true) long id,
            @Schema(required = true) ReservationKind kind,
            @Schema(required = true) ReservationStatus status,
            @Schema(required = true) Scope scope,
            @Schema(required = true) TitleRef title,
            @Schema(required = true) LocationRef pickupLocation,
            @Schema(description = "Place in line among the waiting reservations that compete for the same copies")
            Integer position,
            @Schema(description = "Estimated date a copy becomes available for this reservation") LocalDate estimatedDate,
            @Schema(description = "Pick up before the end of this date (READY)") LocalDate pickupBy,
            @Schema(description = "Barcode of the copy that fills it (IN_TRANSIT, READY, FULFILLED)") String copyBarcode,
            @Schema(required = true) Instant placedAt,
            LocalDate suspendedUntil,
            LocalDate notNeededAfter,
            Instant closedAt,
            String closeReason,
            @Schema(description = "Staff views only") PatronRef patron) {
    }

    @Schema(name = "MyReservations", description = "Reservations split by school library and library (branches)")
    public record MyReservations(@Schema(required = true) List<ReservationView> school,
            @Schema(required = true) List<ReservationView> library) {
    }

    @Schema(name = "ReservationOption", description = "Whether the logged-in student may reserve with this pickup location")
    public record ReservationOption(
            @Schema(required = true) long pickupLocationId,
            @Schema(required = true) String pickupLocationName,
            @Schema(required = true) LocationKind pickupLocationKind,
            @Schema(required = true) Scope scope,
            @Schema(required = true) boolean allowed,
            @Schema(description = "Reason code when not allowed", example = "LIBRARY_LINK_MISSING") String reasonCode,
            @Schema(description = "Reason in words when not allowed") String reason,
            @Schema(description = "The limit that was reached, with RESERVATION_LIMIT_REACHED: the most active "
                    + "reservations the school allows", example = "3") Integer limit) {
    }

    @Schema(name = "ReservationOptions", description = "Pickup options for the logged-in student; empty when the "
            + "school allows no reserving at all (then no reserve button is shown)")
    public record ReservationOptions(
            @Schema(required = true) List<ReservationOption> options,
            @Schema(description = "The student's active reservation of this title, if any") ReservationView current) {
    }
}
