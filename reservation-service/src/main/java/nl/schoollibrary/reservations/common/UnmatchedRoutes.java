package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests under /api that no resource matched get a problem+json 404, not the HTTP server's plain page; a request
 * the HTTP layer itself refuses before a resource sees it (a form field over the server's limit, a broken body) gets
 * a problem+json too, not the server's own error page.
 */
@ApplicationScoped
public class UnmatchedRoutes {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route("/api/*").order(Integer.MAX_VALUE - 10).handler(ctx -> ProblemResponses.send(ctx, mapper,
                ErrorCode.NOT_FOUND, "There is nothing at this address."));
        router.route("/api/*").order(Integer.MAX_VALUE - 11).failureHandler(ctx -> {
            if (ctx.response().ended() || ctx.response().headWritten()) {
                ctx.next();
                return;
            }
            int status = ctx.statusCode();
            ErrorCode code = switch (status) {
                case 400 -> ErrorCode.VALIDATION_FAILED;
                case 404 -> ErrorCode.NOT_FOUND;
                case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
                case 413 -> ErrorCode.REQUEST_TOO_LARGE;
                case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
                default -> null;
            };
            if (code == null) {
                ctx.next();
            } else {
                ProblemResponses.send(ctx, mapper, code, code == ErrorCode.VALIDATION_FAILED
                        ? "The request could not be read." : code.title() + ".");
            }
        });
    }
}
