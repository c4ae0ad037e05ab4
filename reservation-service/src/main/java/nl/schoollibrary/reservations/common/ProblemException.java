package nl.schoollibrary.reservations.common;

import java.util.List;
import java.util.Map;

/**
 * A refusal that ends the request with a problem answer: thrown wherever the rule that refuses sits (a use case, an
 * aggregate, a parameter converter, a resource), so a refusal inside a {@code @Transactional} use case also rolls it
 * back. {@link ProblemMappers} answers it with its {@link ErrorCode}'s status, the field errors and the headers
 * (e.g. Retry-After).
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode code;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;
    private final Integer limit;
    private Long titleId;

    public ProblemException(ErrorCode code, String detail) {
        this(code, detail, (Integer) null);
    }

    /** A refusal because a limit was reached; the problem names the limit (null: none). */
    public ProblemException(ErrorCode code, String detail, Integer limit) {
        this(code, detail, List.of(), Map.of(), limit);
    }

    public ProblemException(ErrorCode code, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        this(code, detail, errors, headers, null);
    }

    private ProblemException(ErrorCode code, String detail, List<Problem.FieldError> errors, Map<String, String> headers,
            Integer limit) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = errors;
        this.headers = headers;
        this.limit = limit;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist.");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ErrorCode.VALIDATION_FAILED, "The request is not valid.",
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public ErrorCode code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Integer limit() {
        return limit;
    }

    /** The title the refusal is about (TITLE_EXISTS: the title that has the isbn or record id), or null. */
    public Long titleId() {
        return titleId;
    }

    /** A refusal because the title {@code id} already has the isbn or record id (409 TITLE_EXISTS). */
    public static ProblemException titleExists(long id, String detail) {
        ProblemException e = new ProblemException(ErrorCode.TITLE_EXISTS, detail);
        e.titleId = id;
        return e;
    }
}
