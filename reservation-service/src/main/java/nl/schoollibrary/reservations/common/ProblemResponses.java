package nl.schoollibrary.reservations.common;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response build(ErrorCode code, String detail, String instance, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(code, detail, instance, errors));
        headers.forEach(builder::header);
        return builder.build();
    }
}
