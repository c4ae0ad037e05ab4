package nl.schoollibrary.reservations.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.InputRules;
import nl.schoollibrary.reservations.common.Problem.FieldError;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * The body of a PATCH as its fields were sent: an absent field is not in it (unchanged), a field sent as JSON
 * {@code null} is present with the value {@code null} (cleared). Values are read strictly, as {@code StrictJson}
 * reads every other body: text as a JSON string without control characters, whole numbers as JSON integers. An
 * unknown field is refused (a misspelt field would otherwise change nothing without a word).
 */
final class PatchBody {

    private final Map<String, JsonNode> fields;

    private PatchBody(Map<String, JsonNode> fields) {
        this.fields = fields;
    }

    /** The fields of {@code body}, every one of them in {@code known}; 400 VALIDATION_FAILED otherwise. */
    static PatchBody of(ObjectNode body, List<String> known) {
        if (body == null) {
            throw ProblemException.invalid("body", "send a JSON object with the fields to change");
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!known.contains(field.getKey())) {
                errors.add(new FieldError(field.getKey(), "unknown field; known: " + String.join(", ", known)));
            } else {
                fields.put(field.getKey(), field.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new PatchBody(fields);
    }

    boolean has(String field) {
        return fields.containsKey(field);
    }

    /** Whether the field is sent as JSON null. */
    boolean isNull(String field) {
        JsonNode node = fields.get(field);
        return node != null && node.isNull();
    }

    /** The text sent, {@code null} for JSON null; 400 for anything but a string, or text with control characters. */
    String text(String field, boolean freeText) {
        JsonNode node = fields.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ProblemException.invalid(field, "must be text or null");
        }
        String problem = InputRules.textProblem(node.textValue(), freeText);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
        return node.textValue();
    }

    /** The whole number sent, {@code null} for JSON null; 400 for anything else (also 1.5, "5", or out of range). */
    Integer integer(String field) {
        JsonNode node = fields.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw ProblemException.invalid(field, "must be a whole number or null");
        }
        return node.intValue();
    }

    /** The list of texts sent, {@code null} for JSON null; 400 for anything but an array of strings. */
    List<String> texts(String field) {
        JsonNode node = fields.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw ProblemException.invalid(field, "must be a list of codes or null");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || InputRules.textProblem(item.textValue(), false) != null) {
                throw ProblemException.invalid(field, "must be a list of codes (text)");
            }
            values.add(item.textValue());
        }
        return values;
    }

    static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ErrorCode.VALIDATION_FAILED,
                "The request is not valid.", List.copyOf(errors), Map.of());
    }
}
