package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request body limit under /api ({@code quarkus.http.limits.max-body-size}) as a 413 problem
 * ({@code REQUEST_TOO_LARGE}), answered on the event loop before anything reads the body.
 *
 * <p>Only the declared length is looked at here; the body itself is read by REST, on the worker thread, in the same
 * way over HTTP/1.1 (with a length or chunked, with or without {@code Expect: 100-continue}) and HTTP/2 (h2c upgrade
 * or prior knowledge). The service used to read bodies here, on the event loop, to save the worker two thread
 * hand-overs; over HTTP/2 that broke every request with a body: REST pauses the request when it takes it over, and an
 * HTTP/2 request that has been read to its end refuses to be paused ("Request has already been read", a 500). The
 * cost of reading on the worker is in docs/benchmarks.md (2026-12-04). A body sent without a length (chunked, or an
 * HTTP/2 stream without content-length) that turns out to be over the limit is stopped by REST while it reads it:
 * a plain 413 without a problem body, and the connection is closed (over HTTP/2 too: without the "connection"
 * header REST puts on it, which HTTP/2 does not allow).
 */
@ApplicationScoped
public class RequestBodies {

    void register(@Observes Router router, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        // Before the server's own check of the same limit (ROUTE_ORDER_UPLOAD_LIMIT), which answers a plain 413.
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BODY_HANDLER)
                .handler(ctx -> {
                    long declared = declaredLength(ctx);
                    boolean http2 = ctx.request().version() == HttpVersion.HTTP_2;
                    if (declared > max) {
                        if (!http2) {
                            // The body is not read: the connection cannot carry another request after it.
                            ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                        }
                        ProblemResponses.send(ctx, mapper, ErrorCode.REQUEST_TOO_LARGE,
                                "The request body is larger than " + max / 1024 + " KiB.");
                    } else {
                        if (http2 && declared < 0 && ctx.request().method() != HttpMethod.GET) {
                            // REST answers a body without a length that grows over the limit with a 413 that says
                            // "connection: close", a header HTTP/2 forbids: the stream was reset instead.
                            ctx.addHeadersEndHandler(v -> ctx.response().headers().remove(HttpHeaders.CONNECTION));
                        }
                        ctx.next();
                    }
                });
    }

    /** The Content-Length the client declared; -1 without one (the HTTP codec has refused a malformed one). */
    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
