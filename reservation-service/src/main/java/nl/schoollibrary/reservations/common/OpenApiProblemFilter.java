package nl.schoollibrary.reservations.common;

import java.util.Map;
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
 * 503 of a database outage (with {@code Retry-After}), so the contract documents the error format once for all;
 * operations open to integration clients also document the 429 of the per-client rate limit, and the 401 of secured
 * operations names both its codes.
 */
public class OpenApiProblemFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getResponses() == null) {
                    continue;
                }
                if (operation.getResponses().getAPIResponse("400") == null
                        && operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                    operation.getResponses().addAPIResponse("400",
                            OASFactory.createAPIResponse().description("Invalid request (VALIDATION_FAILED)"));
                }
                if (forIntegrationClients(operation) && operation.getResponses().getAPIResponse("429") == null) {
                    operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                            .description("Too many requests of this client (RATE_LIMITED)")
                            .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
                }
                APIResponse unauthorized = operation.getResponses().getAPIResponse("401");
                if (unauthorized != null && "Not Authorized".equals(unauthorized.getDescription())) {
                    unauthorized.setDescription("No valid access token (AUTHENTICATION_REQUIRED), or its account or "
                            + "client is disabled (ACCOUNT_DISABLED)");
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

    /** Operations integration clients may call are rate limited per client (RateLimitFilter). */
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
