package nl.schoollibrary.reservations.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.statistics.StatisticsDtos.LoanStatistics;
import nl.schoollibrary.reservations.statistics.StatisticsDtos.ReservationStatistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reservation and loan counts of a period for staff, each in their own scope. */
@Path("/api/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
@APIResponse(responseCode = "400", description = "A bad period (VALIDATION_FAILED)")
public class StatisticsResource {

    /** At most two years per request. */
    static final long MAX_DAYS = 731;

    @Inject StatisticsQueries queries;
    @Inject CurrentUser currentUser;
    @Inject Clock clock;

    @GET
    @Path("/reservations")
    @Operation(summary = "Reservations placed per month, title and pickup location, by outcome (staff)",
            description = "School staff count their school's students, library staff and administrators their "
                    + "organisation's pickup locations. Anonymised reservations count like any other.")
    @APIResponse(responseCode = "200", description = "The counts")
    public ReservationStatistics reservationStatistics(@BeanParam PeriodParams asked) {
        Period period = asked.period(LocalDate.now(clock));
        return queries.reservations(currentUser.actor(), period.from(), period.to());
    }

    @GET
    @Path("/loans")
    @Operation(summary = "Loans made per month, title and location (staff)",
            description = "School staff count their school's students, library staff and administrators their "
                    + "organisation's locations. Anonymised loans count like any other.")
    @APIResponse(responseCode = "200", description = "The counts")
    public LoanStatistics loanStatistics(@BeanParam PeriodParams asked) {
        Period period = asked.period(LocalDate.now(clock));
        return queries.loans(currentUser.actor(), period.from(), period.to());
    }

    /** The days counted, both included. */
    record Period(LocalDate from, LocalDate to) {
    }

    /** The period a request asks for ({@code from}, {@code to}), with its defaults. */
    public static class PeriodParams {

        @Parameter(description = "First day (default: the first day of the month eleven months ago)",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("from")
        LocalDate from;

        @Parameter(description = "Last day, included (default: today); at most two years after from",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("to")
        LocalDate to;

        /** The last twelve months up to {@code today} unless asked otherwise; at most two years. */
        Period period(LocalDate today) {
            LocalDate last = to != null ? to : today;
            LocalDate first = from != null ? from : last.withDayOfMonth(1).minusMonths(11);
            if (first.isAfter(last)) {
                throw ProblemException.invalid("from", "must not be after to");
            }
            if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
                throw ProblemException.invalid("to", "the period is at most two years");
            }
            return new Period(first, last);
        }
    }
}
