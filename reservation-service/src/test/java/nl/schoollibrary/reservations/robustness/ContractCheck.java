package nl.schoollibrary.reservations.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoollibrary.reservations.support.OpenApiContract.Operation;

/** What every answer of every operation must be, whatever was sent. */
final class ContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractCheck() {
    }

    /**
     * Why the answer breaks the contract, or null: no 5xx, a declared status, errors as problem+json with a code, and
     * every JSON body (success or problem) matching the schema declared for its status and media type.
     */
    static String violation(Operation op, Http.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "answered " + status + ": " + brief(answer.body());
        }
        if (!op.statuses().contains(Integer.toString(status))) {
            return "answered " + status + ", not declared (declared: " + op.statuses() + "): " + brief(answer.body());
        }
        if (status >= 400) {
            if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
                return "answered " + status + " as " + answer.contentType() + ", not application/problem+json";
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(answer.body());
            } catch (Exception e) {
                return "answered " + status + " with a problem that is not JSON: " + brief(answer.body());
            }
            if (problem == null || !problem.path("code").isTextual() || problem.path("code").asText().isBlank()) {
                return "answered " + status + " with a problem without a code: " + brief(answer.body());
            }
            if (problem.path("status").asInt() != status) {
                return "answered " + status + " with a problem saying status " + problem.path("status");
            }
        }
        return ResponseSchemas.committed().violation(op, status, answer.contentType(), answer.body());
    }

    static String brief(String body) {
        if (body == null) {
            return "<no body>";
        }
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
