package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Requests under /api that no resource matched get a problem+json 404, not the HTTP server's plain page. */
@ApplicationScoped
public class UnmatchedRoutes {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route("/api/*").order(Integer.MAX_VALUE - 10).handler(ctx -> ProblemResponses.send(ctx, mapper,
                ErrorCode.NOT_FOUND, "There is nothing at this address."));
    }
}
