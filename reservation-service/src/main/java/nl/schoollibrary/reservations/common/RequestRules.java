package nl.schoollibrary.reservations.common;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The rules for what a client sends outside a JSON body (docs/error-codes.md), checked once for every request under
 * /api before any resource, idempotency or database work:
 * <ul>
 * <li>a POST, PUT or PATCH with a body says what the body is, and it is a type some operation takes (JSON, CSV, a
 * form): else 415 UNSUPPORTED_MEDIA_TYPE, before anything reads the body (a multipart body read by a filter would
 * wait for parts that never come). Which type an operation takes is its {@code @Consumes}, also 415;</li>
 * <li>path, query and form parameters hold no control characters ({@link InputRules}), and a form field is within the
 * server's limit for one: 400 VALIDATION_FAILED naming the parameter.</li>
 * </ul>
 * JSON bodies get the same text rules while they are read ({@link StrictJson}).
 */
public class RequestRules {

    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    /** Every type of body an operation takes; a body of another type is refused before anything reads it. */
    private static final List<MediaType> BODY_TYPES = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf("text/csv"), MediaType.APPLICATION_FORM_URLENCODED_TYPE,
            MediaType.valueOf("application/marc"), MediaType.valueOf("application/marcxml+xml"));

    private final long maxFormField;

    public RequestRules(@ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size", defaultValue = "2048")
            MemorySize maxFormField) {
        this.maxFormField = maxFormField.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> bodyIsOfATypeTheApiTakes(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod()) || !underApi(request) || !hasBody(request)) {
            return Optional.empty();
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return unsupported(request, "The request body has no Content-Type.");
        }
        MediaType mediaType;
        try {
            mediaType = MediaType.valueOf(type);
        } catch (IllegalArgumentException malformed) {
            return unsupported(request, "The request body's Content-Type cannot be read.");
        }
        if (BODY_TYPES.stream().noneMatch(taken -> taken.isCompatible(mediaType) && !mediaType.isWildcardType()
                && !mediaType.isWildcardSubtype())) {
            return unsupported(request, "No operation takes a body of type " + mediaType.getType() + "/"
                    + mediaType.getSubtype() + ".");
        }
        return Optional.empty();
    }

    private static Optional<Response> unsupported(ContainerRequestContext request, String why) {
        return Optional.of(ProblemResponses.build(ErrorCode.UNSUPPORTED_MEDIA_TYPE, why + " Send it as application/json "
                + "(a student import also takes text/csv, a catalogue import text/csv, application/marc and"
                + " application/marcxml+xml, a token request application/x-www-form-urlencoded).",
                path(request), List.of(), Map.of()));
    }

    /** After routing, so path parameters have their names; before rate limits are counted and keys claimed. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> parametersAreText(ContainerRequestContext request) throws IOException {
        if (!underApi(request)) {
            return Optional.empty();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            check(request.getUriInfo().getPathParameters(), errors);
            check(request.getUriInfo().getQueryParameters(), errors);
        } catch (IllegalArgumentException malformed) {
            // A percent sign not followed by two hex digits: the address itself cannot be read.
            errors.add(new Problem.FieldError("query", "is not well-formed (percent-encoding)"));
        }
        if (isForm(request) && request.hasEntity()) {
            checkForm(request, errors);
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.build(ErrorCode.VALIDATION_FAILED, "The request is not valid.",
                path(request), errors, Map.of()));
    }

    /**
     * A form body (the token request) is read here and handed on unchanged; a field over the server's limit for form
     * fields is refused here too, as the form parser would refuse it without saying which.
     */
    private void checkForm(ContainerRequestContext request, List<Problem.FieldError> errors) throws IOException {
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                errors.add(new Problem.FieldError("form", "is not well-formed (percent-encoding)"));
                return;
            }
            if (value.length() > maxFormField) {
                errors.add(new Problem.FieldError(printable(name), "must be at most " + maxFormField + " characters"));
            } else {
                check(name, value, errors);
            }
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, errors);
            }
        }
    }

    private static void check(String name, String value, List<Problem.FieldError> errors) {
        String nameProblem = InputRules.textProblem(name, false);
        if (nameProblem != null) {
            errors.add(new Problem.FieldError(printable(name), "a parameter name " + nameProblem));
            return;
        }
        String problem = value == null ? null : InputRules.textProblem(value, false);
        if (problem != null && errors.stream().noneMatch(error -> error.field().equals(name))) {
            errors.add(new Problem.FieldError(name, problem));
        }
    }

    /** A name with control characters, shown with them escaped (\u0000). */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(60).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isForm(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean underApi(ContainerRequestContext request) {
        String path = path(request);
        return path != null && path.startsWith("/api/");
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }
}
