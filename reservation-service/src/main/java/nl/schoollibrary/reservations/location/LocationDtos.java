package nl.schoollibrary.reservations.location;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class LocationDtos {

    private LocationDtos() {
    }

    @Schema(name = "Location", description = "A library branch or a school library")
    public record Location(
            @Schema(required = true) long id,
            @Schema(example = "BRL-CENTRUM", required = true) String code,
            @Schema(example = "Vestiging Centrum", required = true) String name,
            @Schema(required = true) LocationKind kind,
            @Schema(description = "The school, for a school library") Long schoolId,
            @Schema(required = true) long organisationId,
            String city,
            @Schema(description = "Days a ready reservation waits on the hold shelf", required = true) int pickupDays,
            @Schema(description = "Loan period in days", required = true) int loanDays,
            @Schema(required = true) List<OpeningHours> openingHours,
            @Schema(description = "Closed periods from today on", required = true) List<ClosedPeriod> closedPeriods) {
    }

    @Schema(name = "OpeningHours")
    public record OpeningHours(
            @Schema(description = "ISO weekday, 1 = Monday", minimum = "1", maximum = "7", required = true) int weekday,
            @Schema(example = "08:30", required = true) String opens,
            @Schema(example = "16:00", required = true) String closes) {
    }

    @Schema(name = "ClosedPeriod")
    public record ClosedPeriod(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(example = "Kerstvakantie", required = true) String reason) {
    }
}
