package nl.schoollibrary.reservations.common.database;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * While the database cannot be reached ({@link DatabaseAvailability}), every API request is answered 503
 * SERVICE_UNAVAILABLE with {@code Retry-After} before any other work: no request waits for the pool, none claims an
 * Idempotency-Key it could not write. One volatile read per request otherwise.
 */
public class DatabaseOutageFilter {

    private final DatabaseAvailability availability;

    public DatabaseOutageFilter(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public Optional<Response> failFast(ContainerRequestContext request) {
        if (!availability.isDown()) {
            return Optional.empty();
        }
        ProblemException unavailable = availability.unavailable();
        return Optional.of(ProblemResponses.build(unavailable.code(), unavailable.getMessage(),
                request.getUriInfo().getRequestUri().getRawPath(), unavailable.errors(), unavailable.headers()));
    }
}
