package nl.schoollibrary.reservations.common;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every error response of every operation the problem+json schema, and every operation a 500 answer and the
 * 503 of a database outage (with {@code Retry-After}), so the contract documents the error format once for all. It
 * also declares the answers that the common machinery can give to any operation, so that every status the service
 * returns is in the contract: 400, 401 and 406 everywhere (an operation open to everyone refuses a broken token that
 * is sent; the 401 of a secured operation names both its codes), 403 for every operation that needs a token; 413 and
 * 415 for every POST, PUT and PATCH; 409 and 422 of the Idempotency-Key for every POST (a caller with a token); the
 * 429 of the per-client rate limit for operations open to integration clients; 404 for every operation whose path
 * names a resource by a parameter ("No such staff account (NOT_FOUND)" for {@code /api/staff-accounts/{id}/disable}).
 * Answers an operation gives itself, or that say more than these, are declared with its {@code @APIResponse}s.
 */
public class OpenApiProblemFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** What Quarkus describes the answers it adds with (auto-add-bad-request-response, auto-add-security). */
    private static final Set<String> REASON_PHRASES = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            String resource = resourceNamed(path.getKey());
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getResponses() == null) {
                    continue;
                }
                PathItem.HttpMethod method = entry.getKey();
                // Any request can carry a malformed parameter or a control character (RequestRules) or ask for
                // something other than JSON.
                addIfAbsent(operation, "400", "Invalid request: a malformed or out-of-range value, or a control "
                        + "character in a parameter or field (VALIDATION_FAILED)");
                addIfAbsent(operation, "406", "The client accepts no JSON (NOT_ACCEPTABLE)");
                if (resource != null) {
                    addIfAbsent(operation, "404", "No such " + resource + " (NOT_FOUND)");
                }
                if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH) {
                    // RequestBodies and RequestRules look at every body sent, before the operation reads it.
                    addIfAbsent(operation, "413", "The request body is over the size limit (REQUEST_TOO_LARGE)");
                    addIfAbsent(operation, "415", "A request body without a Content-Type, or of a type the operation "
                            + "does not take (UNSUPPORTED_MEDIA_TYPE)");
                }
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                if (secured) {
                    addIfAbsent(operation, "401", "No valid access token (AUTHENTICATION_REQUIRED), or its account or "
                            + "client is disabled (ACCOUNT_DISABLED)");
                    addIfAbsent(operation, "403", "The caller's role or scopes do not allow this (FORBIDDEN)");
                } else {
                    // Open to everyone, but a token that is sent is checked when the operation looks at the caller.
                    addIfAbsent(operation, "401", "A token was sent that is not valid: expired, tampered or foreign "
                            + "(AUTHENTICATION_REQUIRED)");
                }
                if (method == PathItem.HttpMethod.POST) {
                    // IdempotencyFilters: an Idempotency-Key header on any POST that carries a valid token (also on
                    // the operations open to everyone).
                    addIfAbsent(operation, "409", "A request with the same Idempotency-Key is still in progress "
                            + "(CONFLICT)");
                    addIfAbsent(operation, "422", "The Idempotency-Key was used for a different request "
                            + "(IDEMPOTENCY_KEY_REUSED)");
                }
                if (forIntegrationClients(operation) && operation.getResponses().getAPIResponse("429") == null) {
                    operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                            .description("Too many requests of this client (RATE_LIMITED)")
                            .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
                }
                operation.getResponses().addAPIResponse("500",
                        OASFactory.createAPIResponse().description("Unexpected error (INTERNAL_ERROR)"));
                operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                        .description("The database cannot be reached at the moment (SERVICE_UNAVAILABLE); retry after "
                                + "Retry-After seconds")
                        .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    String status = response.getKey();
                    if (status.startsWith("4") || status.startsWith("5")) {
                        response.getValue().setContent(problemContent());
                    }
                }
            }
        }
    }

    /**
     * Declares the answer unless the operation does: an answer that Quarkus added with only its reason phrase (the 400
     * of a validated parameter, the 401 and 403 of a secured operation) gets the description.
     */
    private static void addIfAbsent(Operation operation, String status, String description) {
        APIResponse declared = operation.getResponses().getAPIResponse(status);
        if (declared == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (REASON_PHRASES.contains(declared.getDescription())) {
            declared.setDescription(description);
        }
    }

    /**
     * The resource a path names by its first parameter, from the segment before it: "staff account" for
     * {@code /api/staff-accounts/{id}}, "copy" for {@code /api/copies/{barcode}/move}; null for a path without one.
     */
    private static String resourceNamed(String path) {
        int parameter = path.indexOf("/{");
        if (parameter < 0) {
            return null;
        }
        String plural = path.substring(path.lastIndexOf('/', parameter - 1) + 1, parameter).replace('-', ' ');
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** Operations integration clients may call are rate limited per client (integration/RateLimitFilter). */
    private static boolean forIntegrationClients(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && requirement.getSchemes().values().stream()
                        .anyMatch(roles -> roles != null && roles.contains("INTEGRATION")));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
