package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies under /api are read on the HTTP event loop, before the request goes to a worker thread.
 *
 * <p>Without this, a blocking JAX-RS method with a body parameter (all of ours: JDBC) reads the body from the worker
 * thread: the worker asks the event loop for the bytes that have already arrived and waits for them, two thread
 * hand-overs per request (~6% of a placement's CPU in the service, docs/benchmarks.md). With the body read here, REST
 * reads it from memory. The limit is the server's own ({@code quarkus.http.limits.max-body-size}); a larger body is
 * refused with a 413 problem ({@code REQUEST_TOO_LARGE}). Requests without a body (no or a zero Content-Length) and
 * chunked ones are left to REST, as before: Vert.x hands REST no buffer for an empty body, and REST would then wait
 * for a body already consumed.
 */
@ApplicationScoped
public class RequestBodies {

    void register(@Observes Router router, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(limit.asLongValue());
        router.route("/api/*").method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .order(RouteConstants.ROUTE_ORDER_BODY_HANDLER)
                .handler(ctx -> {
                    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length == null || length.equals("0")) {
                        ctx.next();
                    } else {
                        body.handle(ctx);
                    }
                })
                .failureHandler(ctx -> {
                    if (ctx.statusCode() == 413) {
                        ProblemResponses.send(ctx, mapper, ErrorCode.REQUEST_TOO_LARGE,
                                "The request body is larger than " + limit.asLongValue() / 1024 + " KiB.");
                    } else {
                        ctx.next();
                    }
                });
    }
}
