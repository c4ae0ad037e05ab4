package nl.schoollibrary.reservations.patron;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.location.LocationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of special passes and the copies lent to them. */
public final class SpecialPassDtos {

    private SpecialPassDtos() {
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
}
