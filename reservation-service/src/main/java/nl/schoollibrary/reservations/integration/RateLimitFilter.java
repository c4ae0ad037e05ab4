package nl.schoollibrary.reservations.integration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemResponses;
import nl.schoollibrary.reservations.common.RateLimiter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limit per integration client (docs/adr/0004): a token bucket per client id in this instance; beyond it the
 * request is answered 429 RATE_LIMITED with {@code Retry-After} in seconds, before any other work (and before an
 * Idempotency-Key is claimed). Students and staff are not limited. No database work: one map lookup and one
 * compare-and-set per request.
 *
 * <p>The caller is read from the identity the security layer already established for the endpoint (every
 * integration endpoint has {@code @RolesAllowed}); the filter never triggers authentication itself, so public
 * endpoints behave as before. It lives in the integration feature because it limits integration clients; the
 * token bucket itself ({@link RateLimiter}) knows no feature and stays in common.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final RoutingContext routing;
    private final boolean enabled;
    private final Counter rejected;

    public RateLimitFilter(RateLimiter limiter, RoutingContext routing, AppConfig config, MeterRegistry registry) {
        this.limiter = limiter;
        this.routing = routing;
        this.enabled = config.rateLimit().enabled();
        this.rejected = Counter.builder("reservation.rate.limited")
                .description("Requests of integration clients refused with 429 RATE_LIMITED").register(registry);
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> limit(ContainerRequestContext request) {
        if (!enabled || !(routing.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity.isAnonymous() || !identity.hasRole(Role.INTEGRATION_ROLE)) {
            return Optional.empty();
        }
        long waitNanos = limiter.tryAcquire(identity.getPrincipal().getName());
        if (waitNanos == 0) {
            return Optional.empty();
        }
        rejected.increment();
        long seconds = RateLimiter.retryAfterSeconds(waitNanos);
        RateLimiter.Limits limits = limiter.limits();
        return Optional.of(ProblemResponses.build(ErrorCode.RATE_LIMITED, "This client made more than "
                + limits.burst() + " requests at once or more than " + limits.requestsPerSecond()
                + " per second for a while. Try again in " + seconds + " second(s).",
                request.getUriInfo().getRequestUri().getRawPath(), List.of(), Map.of("Retry-After", Long.toString(seconds))));
    }

    /** The one limiter of this instance, with the configured limits (tests may change them: setLimits). */
    @Singleton
    static class Producer {
        @Produces
        @Singleton
        RateLimiter rateLimiter(AppConfig config) {
            return new RateLimiter(new RateLimiter.Limits(config.rateLimit().requestsPerSecond(),
                    config.rateLimit().burst()), System::nanoTime);
        }
    }
}
