package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with a stable {@code code} and optional field errors. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json) with a stable code.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://schoollibrary.nl/problems/not-found")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Not found")
        String title,
        @Schema(description = "HTTP status code", example = "404")
        int status,
        @Schema(description = "Explanation of this occurrence", example = "Title 999 does not exist.")
        String detail,
        @Schema(description = "The request path", example = "/api/titles/999")
        String instance,
        @Schema(description = "Stable machine-readable reason code (the table: docs/error-codes.md)",
                example = "NOT_FOUND")
        ErrorCode code,
        @Schema(description = "Field errors, for VALIDATION_FAILED")
        List<FieldError> errors,
        @Schema(description = "The limit that was reached, for RESERVATION_LIMIT_REACHED: the most active "
                + "reservations the school allows", example = "3")
        Integer limit,
        @Schema(description = "The title that already has this isbn or record id, for TITLE_EXISTS", example = "42")
        Long titleId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(example = "size") String field,
            @Schema(example = "must be between 1 and 100") String message) {
    }

    public static Problem of(ErrorCode code, String detail, String instance, List<FieldError> errors) {
        return new Problem(code.type(), code.title(), code.status(), detail, instance, code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors), null, null);
    }

    /** This problem with the limit that was reached (null: none). */
    public Problem withLimit(Integer reached) {
        return new Problem(type, title, status, detail, instance, code, errors, reached, titleId);
    }

    /** This problem naming the title it is about (null: none). */
    public Problem withTitleId(Long title) {
        return new Problem(type, this.title, status, detail, instance, code, errors, limit, title);
    }
}
