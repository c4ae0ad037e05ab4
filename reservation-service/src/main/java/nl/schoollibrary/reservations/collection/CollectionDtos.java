package nl.schoollibrary.reservations.collection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of collections and their default reservation block. */
public final class CollectionDtos {

    private CollectionDtos() {
    }

    @Schema(name = "Collection")
    public record CollectionView(
            @Schema(required = true) long id,
            @Schema(example = "KBW-2026", required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) BlockLevel defaultReservationBlock,
            LocalDate defaultBlockUntil,
            @Schema(required = true) long copies) {
    }

    @Schema(name = "CreateCollectionRequest")
    public record CreateCollectionRequest(
            @Schema(example = "PSK-PASEN", required = true) @NotNull @Pattern(regexp = "[A-Z0-9-]{2,40}") String code,
            @Schema(example = "Paascollectie", required = true) @NotBlank @Size(max = 200) String name,
            BlockLevel defaultReservationBlock,
            LocalDate defaultBlockUntil) {
    }
}
