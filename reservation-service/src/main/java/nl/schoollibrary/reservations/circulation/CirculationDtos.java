package nl.schoollibrary.reservations.circulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.location.LocationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CirculationDtos {

    private CirculationDtos() {
    }

    @Schema(name = "CheckinRequest")
    public record CheckinRequest(
            @Schema(example = "310000000123", required = true) @NotBlank @Size(max = 20) String barcode) {
    }

    @Schema(name = "CheckoutRequest", description = "The copy and the patron: by patron id or by library card number")
    public record CheckoutRequest(
            @Schema(example = "310000000123", required = true) @NotBlank @Size(max = 20) String barcode,
            @Positive Long patronId,
            @Size(max = 20) String cardNumber) {
    }

    @Schema(name = "CheckinOutcome", description = "ON_HOLD_SHELF: put it on the hold shelf for the alert's patron; "
            + "IN_TRANSIT: send it to transitTo for a reservation; ON_SHELF: back on the shelf here; "
            + "ROUTE_TO_OWNER: send it to its owner location (transitTo)")
    public enum Outcome { ON_HOLD_SHELF, IN_TRANSIT, ON_SHELF, ROUTE_TO_OWNER }

    @Schema(name = "ReservedAlert", description = "The facts of the desk alert; the portal says them in words "
            + "(\"Gereserveerd voor Sanne de Vries, groep 6\")")
    public record ReservedAlert(
            @Schema(required = true) long reservationId,
            @Schema(example = "Sanne de Vries", required = true) String patronName,
            @Schema(example = "groep 6") String groupName,
            @Schema(required = true) LocationRef pickupLocation,
            @Schema(description = "Pick up before the end of this date (only when it goes on the hold shelf here)")
            LocalDate pickupBy) {
    }

    @Schema(name = "ReturnedLoan")
    public record ReturnedLoan(@Schema(required = true) long loanId, @Schema(required = true) LocalDate dueDate,
            @Schema(required = true) boolean overdue) {
    }

    @Schema(name = "CheckinResult")
    public record CheckinResult(
            @Schema(required = true) String barcode,
            @Schema(required = true) TitleRef title,
            @Schema(required = true) Outcome outcome,
            @Schema(description = "Present when the copy fills a reservation") ReservedAlert alert,
            @Schema(description = "Where to send the copy (IN_TRANSIT, ROUTE_TO_OWNER)") LocationRef transitTo,
            @Schema(description = "The loan this check-in closed, if any") ReturnedLoan returnedLoan) {
    }

    @Schema(name = "LoanStatus", description = "OPEN: the copy is still lent; RETURNED: checked in")
    public enum LoanStatus { OPEN, RETURNED }

    @Schema(name = "Loan")
    public record LoanView(
            @Schema(required = true) long id,
            @Schema(required = true) String barcode,
            @Schema(required = true) TitleRef title,
            @Schema(description = "Where it was lent", required = true) LocationRef location,
            @Schema(required = true) Instant checkedOutAt,
            @Schema(required = true) LocalDate dueDate,
            @Schema(description = "Open: past the due date today; returned: returned after the due date", required = true)
            boolean overdue,
            @Schema(required = true) LoanStatus status,
            @Schema(description = "When it was checked in (RETURNED)") Instant returnedAt,
            @Schema(description = "Staff views only; absent when the loan was anonymised (AVG retention)") PatronRef patron,
            @Schema(description = "The reservation this loan fulfilled, if any") Long fulfilledReservationId) {
    }

    @Schema(name = "HoldShelfEntry")
    public record HoldShelfEntry(
            @Schema(required = true) String barcode,
            @Schema(required = true) String shelfMark,
            @Schema(required = true) TitleRef title,
            @Schema(required = true) long reservationId,
            @Schema(description = "Absent when the reservation was anonymised (AVG retention) before the copy was cleared")
            PatronRef patron,
            @Schema(description = "READY: pick up before the end of this date") LocalDate pickupBy,
            @Schema(description = "To clear: why it no longer waits (EXPIRED or CANCELLED)") String reservationStatus,
            @Schema(description = "To clear: since when") Instant since) {
    }

    @Schema(name = "PickListEntry", description = "A copy on the shelf here to pull for a waiting reservation")
    public record PickListEntry(
            @Schema(required = true) String barcode,
            @Schema(required = true) String shelfMark,
            @Schema(required = true) TitleRef title,
            @Schema(required = true) long reservationId,
            @Schema(required = true) PatronRef patron,
            @Schema(required = true) LocationRef pickupLocation,
            @Schema(required = true) Instant placedAt) {
    }

    @Schema(name = "HoldShelf")
    public record HoldShelf(
            @Schema(required = true) LocationRef location,
            @Schema(description = "Ready for pickup", required = true) List<HoldShelfEntry> ready,
            @Schema(description = "Expired or cancelled: check in again to offer to the next in line", required = true)
            List<HoldShelfEntry> toClear,
            @Schema(description = "Copies to pull from the shelf for waiting reservations", required = true)
            List<PickListEntry> pickList) {
    }
}
