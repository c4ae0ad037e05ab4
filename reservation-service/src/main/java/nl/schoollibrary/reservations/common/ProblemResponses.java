package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses: for REST resources and mappers, and for plain Vert.x routes. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response build(ErrorCode code, String detail, String instance, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        return build(Problem.of(code, detail, instance, errors), headers);
    }

    public static Response build(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        headers.forEach(builder::header);
        return builder.build();
    }

    /** Ends a Vert.x route's response with the problem (routes that answer before REST does). */
    public static void send(RoutingContext ctx, ObjectMapper mapper, ErrorCode code, String detail) {
        try {
            Problem problem = Problem.of(code, detail, ctx.request().path(), List.of());
            ctx.response().setStatusCode(code.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
