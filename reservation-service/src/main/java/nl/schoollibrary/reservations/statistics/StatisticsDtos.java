package nl.schoollibrary.reservations.statistics;

import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.location.LocationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts per month, title and location: they never name a student, and anonymised rows count like any other. */
public final class StatisticsDtos {

    private StatisticsDtos() {
    }

    @Schema(name = "ReservationStatisticsRow", description = "Reservations placed in one month for one title at one "
            + "pickup location, by what became of them")
    public record ReservationRow(
            @Schema(example = "2026-10", required = true) String month,
            @Schema(required = true) TitleRef title,
            @Schema(description = "The pickup location", required = true) LocationRef location,
            @Schema(required = true) long placed,
            @Schema(description = "Waiting, in transit or ready", required = true) long open,
            @Schema(required = true) long fulfilled,
            @Schema(required = true) long cancelled,
            @Schema(required = true) long expired) {
    }

    @Schema(name = "LoanStatisticsRow", description = "Loans made in one month of one title at one location")
    public record LoanRow(
            @Schema(example = "2026-10", required = true) String month,
            @Schema(required = true) TitleRef title,
            @Schema(description = "Where it was lent", required = true) LocationRef location,
            @Schema(required = true) long lent,
            @Schema(description = "Still lent", required = true) long open,
            @Schema(required = true) long returned) {
    }

    @Schema(name = "ReservationStatistics")
    public record ReservationStatistics(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(description = "By month, then title, then location", required = true) List<ReservationRow> rows,
            @Schema(description = "More rows than the limit (5,000): narrow the period", required = true)
            boolean truncated) {
    }

    @Schema(name = "LoanStatistics")
    public record LoanStatistics(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(description = "By month, then title, then location", required = true) List<LoanRow> rows,
            @Schema(description = "More rows than the limit (5,000): narrow the period", required = true)
            boolean truncated) {
    }
}
