package nl.schoollibrary.reservations.blocks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.copy.CopyStatus;
import nl.schoollibrary.reservations.common.FreeText;
import nl.schoollibrary.reservations.reservation.ReservationDtos.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.PatronRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationDtos.TitleRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of copies, blocks, series mutations, collections, special passes and school policies. */
public final class BlockDtos {

    private BlockDtos() {
    }

    @Schema(name = "ReservationBlockLevel", description = "NONE; OWN_PATRONS_ONLY = staff code 7 (only reservations of "
            + "the location's own patrons, picked up there); NOT_RESERVABLE = staff code 8")
    public enum Level { NONE, OWN_PATRONS_ONLY, NOT_RESERVABLE }

    @Schema(name = "ReservationBlock")
    public record ReservationBlockView(
            @Schema(required = true) Level level,
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
            @Schema(required = true) @NotNull Level level,
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
                    "SERIES_MUTATION"},
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
            @Schema(description = "Newest first", required = true) List<CopyChange> history) {
    }

    @Schema(name = "CopyReservationRequest", description = "A staff reservation of this specific copy")
    public record CopyReservationRequest(
            @Schema(description = "A student or special pass in your scope", required = true) @NotNull @Positive Long patronId,
            @Schema(description = "Defaults to the copy's own location") @Positive Long pickupLocationId) {
    }

    @Schema(name = "Selection", description = "Which copies a series mutation changes; the criteria combine (AND)")
    public record Selection(
            @Schema(example = "KBW-2026") @Pattern(regexp = "[A-Z0-9-]{2,40}") String collectionCode,
            @Schema(description = "Owner location") @Positive Long locationId,
            @Schema(example = "AVI-E") @Size(min = 1, max = 60) String shelfMarkPrefix,
            @Size(max = 10000) List<@NotNull @Positive Long> titleIds,
            @Size(max = 10000) List<@NotBlank @Size(max = 20) String> barcodes) {
    }

    @Schema(name = "LoanBlockChange")
    public record LoanBlockChange(
            @Schema(description = "true sets a loan block, false clears it", required = true) @NotNull Boolean blocked,
            LocalDate until,
            @FreeText @Size(max = 300) String reason) {
    }

    @Schema(name = "MutationChange", description = "What to set; at least one of the two")
    public record MutationChange(
            @Valid SetReservationBlockRequest reservationBlock,
            @Valid LoanBlockChange loanBlock,
            @Schema(description = "Also make the reservation block the collection's default for copies added later "
                    + "(needs selection.collectionCode)") Boolean setCollectionDefault) {
    }

    @Schema(name = "SeriesMutationRequest")
    public record SeriesMutationRequest(
            @Schema(required = true) @NotNull @Valid Selection selection,
            @Schema(required = true) @NotNull @Valid MutationChange change) {
    }

    @Schema(name = "CopySample")
    public record CopySample(@Schema(required = true) String barcode, @Schema(required = true) String title,
            @Schema(required = true) String location, @Schema(required = true) String shelfMark,
            @Schema(required = true) Level reservationBlock, @Schema(required = true) boolean loanBlocked) {
    }

    @Schema(name = "DryRunResult")
    public record DryRunResult(
            @Schema(description = "Copies the selection matches in your scope (these would change)", required = true)
            long matched,
            @Schema(description = "Copies the selection matches outside your scope (left untouched)", required = true)
            long outOfScope,
            @Schema(description = "Up to 20 of the matched copies", required = true) List<CopySample> sample) {
    }

    @Schema(name = "SeriesMutation")
    public record SeriesMutationView(
            @Schema(required = true) long id,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Map<String, Object> selection,
            @Schema(required = true) Map<String, Object> change,
            @Schema(required = true) int matched,
            @Schema(required = true) int changed,
            @Schema(required = true) int outOfScope,
            Instant undoneAt,
            String undoneBy,
            Integer restored) {
    }

    @Schema(name = "Collection")
    public record CollectionView(
            @Schema(required = true) long id,
            @Schema(example = "KBW-2026", required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) Level defaultReservationBlock,
            LocalDate defaultBlockUntil,
            @Schema(required = true) long copies) {
    }

    @Schema(name = "CreateCollectionRequest")
    public record CreateCollectionRequest(
            @Schema(example = "PSK-PASEN", required = true) @NotNull @Pattern(regexp = "[A-Z0-9-]{2,40}") String code,
            @Schema(example = "Paascollectie", required = true) @NotBlank @Size(max = 200) String name,
            Level defaultReservationBlock,
            LocalDate defaultBlockUntil) {
    }

    @Schema(name = "SpecialPass")
    public record SpecialPassView(
            @Schema(required = true) long id,
            @Schema(example = "Tentoonstelling Kinderboekenweek", required = true) String name,
            @Schema(required = true) LocationRef location,
            @Schema(description = "Copies lent to this pass now: check them in before they go back on the shelf",
                    required = true) List<PassLoan> loans) {
    }

    @Schema(name = "PassLoan")
    public record PassLoan(@Schema(required = true) String barcode, @Schema(required = true) TitleRef title,
            @Schema(required = true) String shelfMark, @Schema(required = true) LocalDate dueDate) {
    }

    @Schema(name = "CreateSpecialPassRequest")
    public record CreateSpecialPassRequest(
            @Schema(example = "Tentoonstelling Griffels en Penselen", required = true) @NotBlank @Size(max = 150) String name,
            @Schema(description = "Owner location; defaults to your own") @Positive Long locationId) {
    }

    @Schema(name = "SchoolPolicy")
    public record SchoolPolicyView(
            @Schema(required = true) long schoolId,
            @Schema(required = true) String schoolName,
            @Schema(description = "Students may reserve in their school library", required = true) boolean reserveAtSchool,
            @Schema(description = "Students may reserve in the branches", required = true) boolean reserveAtBranches,
            @Schema(description = "At school only checked-out copies can be reserved", required = true)
            boolean schoolOnlyCheckedOut,
            @Schema(required = true) int maxActiveReservations,
            @Schema(description = "Pickup period of the school library in open days", required = true) int pickupDays,
            Instant updatedAt,
            String updatedBy) {
    }

    @Schema(name = "UpdateSchoolPolicyRequest")
    public record UpdateSchoolPolicyRequest(
            @Schema(required = true) @NotNull Boolean reserveAtSchool,
            @Schema(required = true) @NotNull Boolean reserveAtBranches,
            @Schema(required = true) @NotNull Boolean schoolOnlyCheckedOut,
            @Schema(required = true) @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(50)
            Integer maxActiveReservations,
            @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(60) Integer pickupDays) {
    }

    @Schema(name = "UndoResult")
    public record UndoResult(@Schema(required = true) SeriesMutationView mutation,
            @Schema(description = "Copies restored", required = true) int restored,
            @Schema(description = "Copies left alone because they changed again since", required = true) int skipped) {
    }
}
