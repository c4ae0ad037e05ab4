package nl.schoollibrary.reservations.robustness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.schoollibrary.reservations.support.OpenApiContract;
import nl.schoollibrary.reservations.support.OpenApiContract.Operation;
import tools.jackson.databind.JsonNode;

/**
 * The response schemas of the committed openapi.yaml (JSON Schema 2020-12, as OpenAPI 3.1 says), validated with the
 * whole document loaded as one schema resource so that {@code $ref: '#/components/schemas/...'} resolves in it.
 * Formats (int32, int64, date, date-time) are asserted, not only annotated.
 */
final class ResponseSchemas {

    /** Where the document is registered; never fetched (the registry only knows the text given to it). */
    private static final String DOCUMENT = "https://contract.schoollibrary.invalid/openapi.yaml";

    private static ResponseSchemas committed;

    private final Map<String, Object> document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ResponseSchemas(Map<String, Object> document) {
        this.document = document;
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // JSON Schema 2020-12 knows no int32 and int64; OpenAPI defines them as the signed 32- and 64-bit ranges.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .format(new IntegerRange("int32", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .format(new IntegerRange("int64", Long.MIN_VALUE, Long.MAX_VALUE)).build();
        this.registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemas(Map.of(DOCUMENT, json)));
    }

    static synchronized ResponseSchemas committed() {
        if (committed == null) {
            committed = new ResponseSchemas(OpenApiContract.committed().document());
        }
        return committed;
    }

    /**
     * Why a JSON body breaks the schema the operation declares for this status and media type, or null (also when
     * the answer is not JSON or no schema is declared for it: other checks judge that).
     */
    String violation(Operation op, int status, String contentType, String body) {
        if (contentType == null) {
            return null;
        }
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            return null;
        }
        String pointer = schemaPointer(op, Integer.toString(status), media);
        if (pointer == null) {
            return null;
        }
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + p)));
        List<Error> errors;
        try {
            errors = schema.validate(body, InputFormat.JSON,
                    execution -> execution.executionConfig(config -> config.formatAssertionsEnabled(true)));
        } catch (RuntimeException e) {
            return "answered " + status + " with a body that is not JSON: " + e.getMessage();
        }
        if (errors.isEmpty()) {
            return null;
        }
        return "answered " + status + " " + media + " not matching its schema (" + pointer + "): "
                + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                        .collect(Collectors.joining("; "));
    }

    /** The JSON pointer of the declared schema, or null. */
    @SuppressWarnings("unchecked")
    private String schemaPointer(Operation op, String status, String media) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> item = (Map<String, Object>) paths.get(op.path());
        Map<String, Object> operation = (Map<String, Object>) item.get(op.method().toLowerCase(Locale.ROOT));
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        if (!(responses.get(status) instanceof Map<?, ?> response)
                || !(response.get("content") instanceof Map<?, ?> content)
                || !(content.get(media) instanceof Map<?, ?> mediaType) || mediaType.get("schema") == null) {
            return null;
        }
        return "/" + String.join("/", List.of("paths", op.path(), op.method().toLowerCase(Locale.ROOT), "responses",
                status, "content", media, "schema").stream().map(ResponseSchemas::segment).toList());
    }

    /** An integer format: a number without a fraction within the range (other types are the type keyword's). */
    private record IntegerRange(String name, long min, long max) implements Format {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, SchemaContext schemaContext, JsonNode value) {
            if (!value.isNumber()) {
                return true;
            }
            BigDecimal number = value.decimalValue();
            if (number.stripTrailingZeros().scale() > 0) {
                return false;
            }
            BigInteger integer = number.toBigInteger();
            return integer.compareTo(BigInteger.valueOf(min)) >= 0 && integer.compareTo(BigInteger.valueOf(max)) <= 0;
        }
    }

    private static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
