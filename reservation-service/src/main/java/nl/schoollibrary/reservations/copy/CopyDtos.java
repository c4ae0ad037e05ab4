package nl.schoollibrary.reservations.copy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.common.FreeText;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of one copy for staff: its detail, its reservation and loan block, and a staff copy reservation. */
public final class CopyDtos {

    private CopyDtos() {
    }

    @Schema(name = "ReservationBlock")
    public record ReservationBlockView(
            @Schema(required = true) BlockLevel level,
            @Schema(description = "The code staff know: 0, 7 or 8", required = true) int staffCode,
            @Schema(description = "Applies up to and including this date") LocalDate until,
            @Schema(description = "Whether it applies today (false after its end date)", required = true) boolean active,
            String setBy,
            Instant setAt) {
    }

    @Schema(name = "LoanBlock")
    public record LoanBlockView(
            @Schema(required = true) boolean blocked,
            @Schema(description = "Whether it applies today (false after its end date)", required = true) boolean active,
            LocalDate until,
            String reason,
            String setBy,
            Instant setAt) {
    }

    @Schema(name = "SetReservationBlockRequest")
    public record SetReservationBlockRequest(
            @Schema(required = true) @NotNull BlockLevel level,
            @Schema(description = "Optional end date (today or later); not with NONE") LocalDate until) {
    }

    @Schema(name = "SetLoanBlockRequest")
    public record SetLoanBlockRequest(
            @Schema(description = "Optional end date (today or later)") LocalDate until,
            @Schema(example = "Tentoonstelling Kinderboekenweek") @FreeText @Size(max = 300) String reason) {
    }

    @Schema(name = "CurrentLoan")
    public record CurrentLoan(@Schema(required = true) PatronRef patron, @Schema(required = true) LocalDate dueDate,
            @Schema(required = true) boolean overdue) {
    }

    @Schema(name = "CopyChange", description = "One change in a copy's history")
    public record CopyChange(
            @Schema(required = true) Instant at,
            @Schema(required = true) String by,
            @Schema(enumeration = {"RESERVATION_BLOCK", "LOAN_BLOCK", "COPY_RESERVATION", "COLLECTION_DEFAULT",
                    "SERIES_MUTATION", "CREATED", "CHANGED", "MOVED", "WITHDRAWN"},
                    required = true) String what,
            @Schema(required = true) Map<String, Object> before,
            @Schema(required = true) Map<String, Object> after,
            Long seriesMutationId) {
    }

    @Schema(name = "CopyDetail", description = "Staff view of one copy")
    public record CopyDetail(
            @Schema(required = true) String barcode,
            @Schema(required = true) TitleRef title,
            @Schema(required = true) LocationRef ownerLocation,
            @Schema(required = true) LocationRef currentLocation,
            LocationRef transitTo,
            String collectionCode,
            @Schema(required = true) String shelfMark,
            @Schema(required = true) CopyStatus status,
            @Schema(required = true) ReservationBlockView reservationBlock,
            @Schema(required = true) LoanBlockView loanBlock,
            CurrentLoan currentLoan,
            @Schema(description = "Active reservations on this copy (copy reservations, or the one it fills)",
                    required = true) List<ReservationView> reservations,
            @Schema(description = "Waiting reservations of the title", required = true) long titleQueueLength,
            @Schema(description = "Newest first", required = true) List<CopyChange> history,
            @Schema(description = "When, by whom and why the copy was withdrawn (afgeschreven); absent otherwise")
            Withdrawal withdrawal) {
    }

    @Schema(name = "CopyWithdrawal", description = "The withdrawal of a copy")
    public record Withdrawal(
            @Schema(required = true) Instant at,
            @Schema(required = true) String by,
            @Schema(required = true) String reason) {
    }

    @Schema(name = "CopyReservationRequest", description = "A staff reservation of this specific copy")
    public record CopyReservationRequest(
            @Schema(description = "A student or special pass in your scope", required = true) @NotNull @Positive Long patronId,
            @Schema(description = "Defaults to the copy's own location") @Positive Long pickupLocationId) {
    }
}
