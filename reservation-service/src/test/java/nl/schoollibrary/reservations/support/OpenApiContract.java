package nl.schoollibrary.reservations.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the committed contract (openapi.yaml at the repository top) as test data: what an operation
 * takes (parameters, request body schemas per media type) and which statuses it may answer.
 */
public final class OpenApiContract {

    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    public record Operation(String method, String path, String id, List<Parameter> parameters,
            Map<String, Map<String, Object>> bodies, boolean bodyRequired, Set<String> statuses, Set<String> roles,
            boolean secured) {

        public boolean hasBody() {
            return !bodies.isEmpty();
        }

        public boolean writes() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static OpenApiContract committed;

    private final Map<String, Object> document;
    private final List<Operation> operations;

    private OpenApiContract(Map<String, Object> document) {
        this.document = document;
        this.operations = List.copyOf(readOperations());
    }

    /** The committed openapi.yaml (the tests run in reservation-service/). */
    public static synchronized OpenApiContract committed() {
        if (committed == null) {
            try {
                committed = new OpenApiContract(new YAMLMapper().readValue(Path.of("..", "openapi.yaml").toFile(), MAP));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return committed;
    }

    /** The whole document as read (maps and lists), for checks that need more than the operations; not to change. */
    public Map<String, Object> document() {
        return document;
    }

    public List<Operation> operations() {
        return operations;
    }

    public Operation operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operation " + method + " " + path));
    }

    /** The schema itself, or the component a {@code $ref} points at (followed until a schema without one). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int i = 0; i < 10 && current != null && current.get("$ref") instanceof String ref; i++) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, Object> components = (Map<String, Object>) document.get("components");
            Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
            Map<String, Object> target = (Map<String, Object>) schemas.get(name);
            if (target == null) {
                throw new IllegalStateException("Unknown schema " + ref);
            }
            // Keywords beside the $ref (a description) do not change the value.
            current = target;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private List<Operation> readOperations() {
        List<Operation> result = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Map.Entry<String, Object> item : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) item.getValue()).entrySet()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (Object raw : (List<Object>) op.getOrDefault("parameters", List.of())) {
                    Map<String, Object> p = (Map<String, Object>) raw;
                    parameters.add(new Parameter((String) p.get("name"), (String) p.get("in"),
                            Boolean.TRUE.equals(p.get("required")) || "path".equals(p.get("in")),
                            (Map<String, Object>) p.getOrDefault("schema", Map.of("type", "string"))));
                }
                Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
                boolean bodyRequired = false;
                if (op.get("requestBody") instanceof Map<?, ?> body) {
                    bodyRequired = Boolean.TRUE.equals(body.get("required"));
                    Map<String, Object> content = (Map<String, Object>) body.get("content");
                    for (Map.Entry<String, Object> media : content.entrySet()) {
                        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) media.getValue())
                                .getOrDefault("schema", Map.of("type", "string"));
                        bodies.put(media.getKey(), schema);
                    }
                }
                Set<String> statuses = new LinkedHashSet<>(((Map<String, Object>) op.get("responses")).keySet());
                Set<String> roles = new LinkedHashSet<>();
                List<Object> security = (List<Object>) op.get("security");
                if (security != null) {
                    for (Object requirement : security) {
                        for (Object scopes : ((Map<String, Object>) requirement).values()) {
                            if (scopes instanceof List<?> list) {
                                list.forEach(role -> roles.add(role.toString()));
                            }
                        }
                    }
                }
                result.add(new Operation(method, item.getKey(), (String) op.get("operationId"), List.copyOf(parameters),
                        bodies, bodyRequired, statuses, roles, security != null && !security.isEmpty()));
            }
        }
        return result;
    }
}
