package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.schoollibrary.reservations.common.database.DatabaseAvailability;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure at the HTTP edge into RFC 9457 problem+json with a stable code. No class names, stack traces
 * or SQL ever reach a response. A refused authentication (401) is answered by the auth feature's own mapper, which
 * knows disabled accounts.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final DatabaseAvailability availability;

    public ProblemMappers(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.build(Problem.of(e.code(), e.getMessage(), path(uri), e.errors()).withLimit(e.limit())
                        .withTitleId(e.titleId()),
                e.headers());
    }

    /** Listed one by one: the closest mapper by type wins, and Quarkus has its own for some of these. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class,
            UnrecognizedPropertyException.class, InvalidTypeIdException.class, StreamConstraintsException.class,
            StrictJson.FieldRuleException.class, InputCoercionException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        } else if (e instanceof InputCoercionException coercion && coercion.getProcessor() != null) {
            // A number out of the range of its field (99999999999999999999 for an id): the parser knows where it was.
            field = fieldAt(coercion.getProcessor().getParsingContext());
        }
        String detail = field == null ? "The request body is not valid JSON." : "The request body has a wrong value.";
        if (e instanceof StreamConstraintsException) {
            detail = "The request body is nested too deeply or has a value that is too long.";
        }
        String message = e instanceof StrictJson.FieldRuleException rule ? rule.rule() : "has the wrong type or format";
        List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, message));
        return ProblemResponses.build(ErrorCode.VALIDATION_FAILED, detail, path(uri), errors, Map.of());
    }

    /** "students[2].studentNumber" for where a parser stands; null at the top. */
    private static String fieldAt(JsonStreamContext context) {
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                field.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                field.insert(0, (field.length() > 0 && field.charAt(0) != '[' ? "." : "") + c.getCurrentName());
            }
        }
        return field.length() == 0 ? null : field.toString();
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return ProblemResponses.build(ErrorCode.VALIDATION_FAILED, "The request is not valid.", path(uri), errors, Map.of());
    }

    /** An entity changed by someone else between loading and saving it ({@code @Version}): try again. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return ProblemResponses.build(ErrorCode.CONFLICT, "The data changed at the same time; please try again.",
                path(uri), List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return ProblemResponses.build(ErrorCode.VALIDATION_FAILED, "The request is not valid.", path(uri), List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.build(ErrorCode.FORBIDDEN, "Your role does not allow this.", path(uri), List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // REST wraps some reading failures of the body (a number out of range) as 400 Bad Request.
            return json(json, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            // A query parameter QueryParamConverters refused: REST wraps it as 404; the problem says what was wrong.
            return problem(problem, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ErrorCode code = switch (status) {
            case 400 -> ErrorCode.VALIDATION_FAILED;
            case 401 -> ErrorCode.AUTHENTICATION_REQUIRED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
        };
        if (code == ErrorCode.INTERNAL_ERROR) {
            if (availability.failed(e) != DatabaseAvailability.Failure.NONE) {
                return problem(availability.unavailable(), uri);
            }
            LOG.error("Unexpected web application error", e);
        }
        String detail = switch (code) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not support the method used.";
            case NOT_ACCEPTABLE -> "This address answers with application/json only.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case INTERNAL_ERROR -> "Something went wrong on our side.";
            default -> "The request is not valid.";
        };
        Map<String, String> headers = code == ErrorCode.METHOD_NOT_ALLOWED && e.getResponse().getHeaderString("Allow") != null
                ? Map.of("Allow", e.getResponse().getHeaderString("Allow")) : Map.of();
        return ProblemResponses.build(code, detail, path(uri), List.of(), headers);
    }

    /**
     * Anything else: a database that cannot be reached (or has no connection free) is 503 SERVICE_UNAVAILABLE with
     * {@code Retry-After}, logged once per outage by {@link DatabaseAvailability}; the rest is a bug, logged here.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (availability.failed(e) != DatabaseAvailability.Failure.NONE) {
            return problem(availability.unavailable(), uri);
        }
        LOG.error("Unexpected error at " + path(uri), e);
        return ProblemResponses.build(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side.", path(uri),
                List.of(), Map.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * The last meaningful name of a violation's path: "username" for login.request.username, "arg2" for a method
     * parameter, "scopes[0]" for an element of a list of values (createClient.request.scopes[0].&lt;list element&gt;).
     */
    static String fieldName(jakarta.validation.Path path) {
        String name = null;
        for (jakarta.validation.Path.Node node : path) {
            switch (node.getKind()) {
                case PROPERTY, BEAN, PARAMETER -> {
                    if (node.getName() != null) {
                        name = node.getName();
                    }
                }
                case CONTAINER_ELEMENT -> {
                    if (name != null && node.getIndex() != null) {
                        name = name + "[" + node.getIndex() + "]";
                    }
                }
                default -> {
                    // the method and its return value name no field
                }
            }
        }
        return name == null ? path.toString() : name;
    }
}
