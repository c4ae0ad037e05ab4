package nl.schoollibrary.reservations.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API model of closures: one date range and reason for one or many locations. */
public final class ClosureDtos {

    private ClosureDtos() {
    }

    @Schema(name = "Closure", description = "Locations closed from one date to another (both included), e.g. a school "
            + "holiday for every school library of a region")
    public record Closure(
            @Schema(required = true) long id,
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(example = "Kerstvakantie", required = true) String reason,
            @Schema(description = "Its locations (those in your scope)", required = true)
            List<ClosureLocation> locations,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "Who made it (none for closures from before closures were kept)") String createdBy) {
    }

    @Schema(name = "ClosureLocation", description = "A location a closure closes")
    public record ClosureLocation(
            @Schema(required = true) long id,
            @Schema(example = "BRL-SB-ZON", required = true) String code,
            @Schema(example = "Schoolbibliotheek De Zon", required = true) String name) {
    }

    @Schema(name = "NewClosure", description = "Close one or many locations from one date to another (at most 366 "
            + "days)")
    public record NewClosure(
            @Schema(required = true) @NotNull LocalDate from,
            @Schema(description = "The last closed day; not before from", required = true) @NotNull LocalDate to,
            @Schema(example = "Kerstvakantie", minLength = 1, maxLength = 200, required = true) @NotBlank
            @Size(max = 200) String reason,
            @Schema(description = "1 to 500 locations, every one in your scope", required = true) @NotNull
            @Size(min = 1, max = 500) List<@NotNull @Positive Long> locationIds) {
    }

    @Schema(name = "ClosureCreated", description = "The new closure, and how many READY reservations got a later "
            + "pickup-by date because of it")
    public record ClosureCreated(
            @Schema(required = true) Closure closure,
            @Schema(description = "READY reservations whose pickup-by date fell in the closure and moved to the next "
                    + "open day after it", required = true) int pickupDatesMoved) {
    }
}
