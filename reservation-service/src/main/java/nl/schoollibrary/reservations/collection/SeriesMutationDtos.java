package nl.schoollibrary.reservations.collection;

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
import nl.schoollibrary.reservations.common.FreeText;
import nl.schoollibrary.reservations.copy.CopyDtos.SetReservationBlockRequest;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of series mutations: the selection, the change, the dry run, the record and its undo. */
public final class SeriesMutationDtos {

    private SeriesMutationDtos() {
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
            @Schema(required = true) BlockLevel reservationBlock, @Schema(required = true) boolean loanBlocked) {
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

    @Schema(name = "UndoResult")
    public record UndoResult(@Schema(required = true) SeriesMutationView mutation,
            @Schema(description = "Copies restored", required = true) int restored,
            @Schema(description = "Copies left alone because they changed again since", required = true) int skipped) {
    }
}
