package nl.schoollibrary.reservations.robustness;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schoollibrary.reservations.robustness.JsonText.Raw;
import nl.schoollibrary.reservations.support.OpenApiContract;
import nl.schoollibrary.reservations.support.OpenApiContract.Operation;
import nl.schoollibrary.reservations.support.OpenApiContract.Parameter;

/**
 * Makes requests for an operation from its schema in the contract: path, query and body values of the declared
 * types, formats, bounds, patterns and enums (often naming real things of the own organisation, {@link Anchors}),
 * and in about half of the requests one hostile part: a control character, a wrong type, a number out of every
 * range, an unknown enum value, a date far out, deep nesting, a body that is no JSON, no or a wrong Content-Type.
 * One hostile part at a time, so an answer tells which rule it tested. Everything comes from one seeded
 * {@link Random}: the same seed makes the same requests.
 */
final class RequestGenerator {

    record Request(String method, String pathAndQuery, String contentType, byte[] body, String variant,
            Map<String, String> headers) {

        Request(String method, String pathAndQuery, String contentType, byte[] body, String variant) {
            this(method, pathAndQuery, contentType, body, variant, Map.of());
        }

        String describe() {
            String target = pathAndQuery.length() > 160 ? pathAndQuery.substring(0, 160) + "…" : pathAndQuery;
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            String shown = text.length() > 160 ? text.substring(0, 160) + "…(" + body.length + " bytes)" : text;
            return method + " " + target + " [" + variant + "] Content-Type: " + contentType
                    + (headers.isEmpty() ? "" : " headers: " + headers)
                    + (body == null ? "" : " body: " + shown.replace("\n", "\\n"));
        }
    }

    /** Text no field should be harmed by; the first ones hold characters PostgreSQL or the rules refuse. */
    static final List<String> HOSTILE_TEXT = List.of("\u0000", "a\u0000b", "\u0001", "\u001b[31m", "\u007f", "\u0085",
            "\u009f", "\t", "line\r\nbreak", "\ud800", "x\udfff", "😀📚", " ", "", "   ", "'", "\"", "\\", "%", "%00",
            "%zz", "../..", "' OR '1'='1", "'; DROP TABLE title; --", "<script>alert(1)</script>", "${jndi:ldap://x}",
            "a:* & !b | (c <-> d)", "\u202eevil", "null", "NaN", "-0", "1e309", "ÄÖÜ ß éèê", "\uFEFF", "\uFFFF",
            "x".repeat(1000));
    static final String HUGE_TEXT = "x".repeat(100_000);
    /** What PostgreSQL refuses in text: tried more often than the rest. */
    static final List<String> NUL_TEXT = List.of("\u0000", "a\u0000b", "Sanne\u0000", "\u0000".repeat(20));
    static final List<String> HOSTILE_IDS = List.of("0", "-1", "1.5", "abc", "99999999999999999999",
            "9223372036854775807", "-9223372036854775808", "2147483648", "1e3", " 7", "0x10", "", "+5", "٣");
    static final List<String> HOSTILE_DATES = List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31",
            "+10000-01-01", "2026-02-30", "2026-1-1", "01-09-2026", "yesterday", "", "2026-09-01T10:00:00Z");
    static final List<String> HOSTILE_INSTANTS = List.of("+10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "1899-12-31T23:59:59Z", "2026-13-01T00:00:00Z", "2026-09-01", "now", "");
    private static final List<String> WORDS = List.of("Sanne", "de Vries", "groep 6", "Tentoonstelling",
            "Kinderboekenweek", "Dolfje", "Zoë", "Jeugd", "boek", "Spreekbeurt");
    private static final Pattern CHAR_CLASS = Pattern.compile("\\[(.+)]\\{(\\d+),(\\d+)}");

    private enum Target { NONE, PATH, QUERY, BODY, MEDIA }

    private final OpenApiContract contract;
    private final Random random;
    private final Anchors anchors;
    /** While making a template: every property present, every array with one item. */
    private boolean complete;

    RequestGenerator(OpenApiContract contract, Random random, Anchors anchors) {
        this.contract = contract;
        this.random = random;
        this.anchors = anchors;
    }

    Request next(Operation op) {
        int roll = random.nextInt(100);
        Target hostile = roll < 40 ? Target.NONE : roll < 54 ? Target.PATH : roll < 68 ? Target.QUERY
                : roll < 92 ? Target.BODY : Target.MEDIA;
        if (hostile == Target.PATH && op.in("path").isEmpty()
                || hostile == Target.BODY && !op.hasBody()
                || hostile == Target.MEDIA && !op.writes()) {
            hostile = Target.QUERY;
        }
        List<String> variant = new ArrayList<>();

        String path = op.path();
        List<Parameter> pathParams = op.in("path");
        Parameter hostilePath = hostile == Target.PATH ? pick(pathParams) : null;
        for (Parameter p : pathParams) {
            String value;
            if (p == hostilePath) {
                // Never empty: /api/reservations//cancel is another address, not this operation.
                do {
                    value = hostileParameter(p.schema());
                } while (value.isEmpty());
                variant.add("path " + p.name() + "=" + JsonText.brief(value));
            } else {
                value = pathValue(op, p);
            }
            path = path.replace("{" + p.name() + "}", Http.encode(value));
        }

        List<String> query = new ArrayList<>();
        List<Parameter> queryParams = op.in("query");
        Parameter hostileQuery = hostile == Target.QUERY && !queryParams.isEmpty() && random.nextInt(100) < 75
                ? pick(queryParams) : null;
        for (Parameter p : queryParams) {
            if (p == hostileQuery) {
                String value = hostileParameter(p.schema());
                query.add(Http.encode(p.name()) + "=" + Http.encode(value));
                variant.add("query " + p.name() + "=" + JsonText.brief(value));
            } else if (p.required() || random.nextInt(100) < 50) {
                query.add(Http.encode(p.name()) + "=" + Http.encode(String.valueOf(validParameter(p))));
            }
        }
        if (hostile == Target.QUERY && hostileQuery == null) {
            String name = random.nextBoolean() ? hostileText(false) : "extra";
            String value = hostileText(false);
            query.add(Http.encode(name) + "=" + Http.encode(value));
            variant.add("unknown query " + JsonText.brief(name) + "=" + JsonText.brief(value));
        }
        String pathAndQuery = query.isEmpty() ? path : path + "?" + String.join("&", query);

        String contentType = null;
        byte[] body = null;
        if (op.hasBody()) {
            List<String> types = new ArrayList<>(op.bodies().keySet());
            contentType = types.get(random.nextInt(types.size()));
            Map<String, Object> schema = op.bodies().get(contentType);
            String text;
            if (contentType.equals("application/json")) {
                text = hostile == Target.BODY ? hostileJsonBody(schema, variant) : JsonText.write(validValue(schema,
                        "", 0));
            } else if (contentType.equals("text/csv")) {
                text = csvBody(hostile == Target.BODY, variant);
            } else if (contentType.equals("application/x-www-form-urlencoded")) {
                text = formBody(schema, hostile == Target.BODY, variant);
            } else {
                text = pick(WORDS);
            }
            body = hostile == Target.BODY && random.nextInt(100) < 8 ? invalidUtf8(variant) : text.getBytes(
                    StandardCharsets.UTF_8);
        }
        if (hostile == Target.MEDIA) {
            if (body == null) {
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            contentType = pick(List.of("", "text/plain", "application/xml", "application/json-patch+json",
                    "multipart/form-data; boundary=x"));
            variant.add("Content-Type " + (contentType.isEmpty() ? "none" : contentType));
            if (contentType.isEmpty()) {
                contentType = null;
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int extra = random.nextInt(100);
        if (extra < 4) {
            headers.put("Accept", pick(List.of("text/xml", "text/html", "application/x-unknown")));
            variant.add("Accept " + headers.get("Accept"));
        } else if (extra < 14 && op.method().equals("POST")) {
            // A few keys used again and again: replays, and the same key for another request.
            headers.put("Idempotency-Key", pick(List.of("fuzz-key-1", "fuzz-key-2", "fuzz-key-3", "",
                    "k".repeat(101), "sleutel met spaties")));
            variant.add("Idempotency-Key " + JsonText.brief(headers.get("Idempotency-Key")));
        }
        if (variant.isEmpty()) {
            variant.add("valid-shaped");
        }
        return new Request(op.method(), pathAndQuery, contentType, body, String.join("; ", variant), headers);
    }

    // ---- parameters ---------------------------------------------------------------------------------------------

    private String pathValue(Operation op, Parameter p) {
        if (p.name().equals("barcode")) {
            return String.valueOf(pick(anchors.byName("barcode")));
        }
        String collection = Anchors.collectionOf(op.path());
        List<Long> pool = collection == null ? List.of() : anchors.pool(collection);
        if (!pool.isEmpty() && random.nextInt(100) < 85) {
            return String.valueOf(pool.get(random.nextInt(pool.size())));
        }
        // An id no row has: far beyond the sequences, never one of the shared fixtures.
        return String.valueOf(900_000_000_000L + random.nextInt(1_000_000));
    }

    private Object validParameter(Parameter p) {
        Map<String, Object> schema = contract.resolve(p.schema());
        List<Object> anchored = anchors.byName(p.name());
        if (!anchored.isEmpty() && random.nextInt(100) < 80) {
            return pick(anchored);
        }
        if (p.name().equals("page")) {
            return random.nextInt(3);
        }
        if ((p.name().endsWith("Id") || p.name().equals("after")) && "integer".equals(schema.get("type"))) {
            return p.name().equals("after") ? random.nextInt(50) : 900_000_000_000L + random.nextInt(1000);
        }
        return validValue(schema, p.name(), 0);
    }

    private String hostileText(boolean inBody) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return pick(NUL_TEXT);
        }
        if (inBody && roll < 40) {
            return HUGE_TEXT;
        }
        return pick(HOSTILE_TEXT);
    }

    private String hostileParameter(Map<String, Object> raw) {
        Map<String, Object> schema = contract.resolve(raw);
        if (random.nextInt(100) < 25) {
            return hostileText(false);
        }
        Object type = schema.get("type");
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            String one = String.valueOf(values.get(random.nextInt(values.size())));
            return pick(List.of("NOPE", one.toLowerCase(Locale.ROOT), one + "\u0000", "", one + "," + one));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            List<String> values = new ArrayList<>(HOSTILE_IDS);
            if (schema.get("maximum") instanceof Number max) {
                values.add(String.valueOf(max.longValue() + 1));
            }
            if (schema.get("minimum") instanceof Number min) {
                values.add(String.valueOf(min.longValue() - 1));
            }
            return pick(values);
        }
        if ("boolean".equals(type)) {
            return pick(List.of("maybe", "2", "TRUE\u0000", "tru"));
        }
        if ("date".equals(schema.get("format"))) {
            return random.nextBoolean() ? pick(HOSTILE_DATES.subList(0, 4)) : pick(HOSTILE_DATES);
        }
        if ("date-time".equals(schema.get("format"))) {
            return pick(HOSTILE_INSTANTS);
        }
        return hostileText(false);
    }

    // ---- JSON values ----------------------------------------------------------------------------------------------

    /** A value of the schema's type, format, bounds and pattern; for names the own organisation knows, often a real one. */
    Object validValue(Map<String, Object> raw, String name, int depth) {
        Map<String, Object> schema = contract.resolve(raw);
        Object type = schema.get("type");
        List<Object> anchored = anchors.byName(name);
        // A template always names real things: a field attacked in it must be the only thing wrong.
        if (!anchored.isEmpty() && (complete || random.nextInt(100) < 85)) {
            if ("array".equals(type)) {
                return new ArrayList<>(List.of(pick(anchored)));
            }
            if (!"object".equals(type)) {
                return pick(anchored);
            }
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        if ("object".equals(type) || schema.containsKey("properties")) {
            return object(schema, depth);
        }
        if ("array".equals(type)) {
            List<Object> items = new ArrayList<>();
            int count = complete ? 1 : depth > 3 ? 0 : random.nextInt(3);
            Map<String, Object> itemSchema = itemSchema(schema);
            for (int i = 0; i < count; i++) {
                items.add(validValue(itemSchema, name, depth + 1));
            }
            return items;
        }
        if ("integer".equals(type) || "number".equals(type)) {
            long min = schema.get("minimum") instanceof Number n ? n.longValue()
                    : schema.get("exclusiveMinimum") instanceof Number n ? n.longValue() + 1 : 1;
            long max = schema.get("maximum") instanceof Number n ? n.longValue() : min + 20;
            return min + (long) (random.nextDouble() * (max - min + 1));
        }
        if ("boolean".equals(type)) {
            return random.nextBoolean();
        }
        if ("date".equals(schema.get("format"))) {
            return LocalDate.now().plusDays(random.nextInt(400) - 30).toString();
        }
        if ("date-time".equals(schema.get("format"))) {
            return Instant.now().minus(random.nextInt(400), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        return text(schema);
    }

    /** A valid-shaped value with every property present and one item in every array, to attack field by field. */
    Object template(Map<String, Object> schema) {
        complete = true;
        try {
            return validValue(schema, "", 0);
        } finally {
            complete = false;
        }
    }

    /** Every field of a generated value, with its schema and its name as a problem names it. */
    List<Slot> slots(Object value, Map<String, Object> schema) {
        List<Slot> slots = new ArrayList<>();
        collect(value, schema, "", slots);
        return slots;
    }

    private Map<String, Object> object(Map<String, Object> schema, int depth) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                String key = String.valueOf(property.getKey());
                if (complete || required.contains(key) || depth < 4 && random.nextInt(100) < 50) {
                    result.put(key, validValue(schemaOf(property.getValue()), key, depth + 1));
                }
            }
        }
        return result;
    }

    private String text(Map<String, Object> schema) {
        int maxLength = schema.get("maxLength") instanceof Number n ? n.intValue() : 60;
        int minLength = schema.get("minLength") instanceof Number n ? n.intValue() : 1;
        if (schema.get("pattern") instanceof String pattern) {
            Matcher matcher = CHAR_CLASS.matcher(pattern);
            if (matcher.matches()) {
                String chars = expand(matcher.group(1));
                int from = Integer.parseInt(matcher.group(2));
                int to = Math.min(Integer.parseInt(matcher.group(3)), from + 12);
                StringBuilder out = new StringBuilder();
                int length = from + random.nextInt(to - from + 1);
                for (int i = 0; i < length; i++) {
                    out.append(chars.charAt(random.nextInt(chars.length())));
                }
                return out.toString();
            }
        }
        String word = pick(WORDS);
        while (word.length() < minLength) {
            word += word;
        }
        return word.length() > maxLength ? word.substring(0, maxLength) : word;
    }

    /** "A-Z0-9-" → every character of the class. */
    private static String expand(String charClass) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < charClass.length(); i++) {
            char c = charClass.charAt(i);
            if (i + 2 < charClass.length() && charClass.charAt(i + 1) == '-') {
                for (char x = c; x <= charClass.charAt(i + 2); x++) {
                    out.append(x);
                }
                i += 2;
            } else if (c != '\\') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A value no field of this schema should take. */
    Object hostileValue(Map<String, Object> raw) {
        Map<String, Object> schema = contract.resolve(raw);
        if (random.nextInt(100) < 25) {
            return pick(List.of(HUGE_TEXT, hostileText(true), new Raw("1e400"), new Raw("99999999999999999999"), -1,
                    1.5, true, List.of(), Map.of(), JsonText.nested(10_000), new Raw("\"\\u0000\"")));
        }
        Object type = schema.get("type");
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            String one = String.valueOf(values.get(0));
            return pick(List.of("NOPE", one.toLowerCase(Locale.ROOT), "", 0, one + "\u0000", List.of(one)));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return pick(List.of("5", 1.5, -1, 0, new Raw("1e400"), new Raw("99999999999999999999"), true,
                    Long.MIN_VALUE, new Raw("-0.0"), new Raw("1E2"), "", List.of(1)));
        }
        if ("boolean".equals(type)) {
            return pick(List.of("true", 1, "yes", 0, "", List.of(true)));
        }
        if ("array".equals(type)) {
            Map<String, Object> items = itemSchema(schema);
            return pick(List.of("x", Map.of(), List.of(hostileValue(items)), JsonText.nested(10_000),
                    new Raw("[" + "1,".repeat(20_000) + "1]")));
        }
        if ("object".equals(type) || schema.containsKey("properties")) {
            return pick(List.of(List.of(), "x", 5, JsonText.nested(10_000),
                    new Raw("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))));
        }
        if ("date".equals(schema.get("format"))) {
            return pick(List.of(pick(HOSTILE_DATES), 20260101, new Raw("-1")));
        }
        if ("date-time".equals(schema.get("format"))) {
            return pick(List.of(pick(HOSTILE_INSTANTS), new Raw("1.7e300"), 1_790_000_000));
        }
        return pick(List.of(hostileText(true), hostileText(true), hostileText(true), 12345, false, Map.of("a", 1)));
    }

    /** A slot of a generated body: where a value sits, its schema and its field name as a problem names it. */
    record Slot(String field, Map<String, Object> schema, Consumer<Object> set, boolean required, Runnable remove) {
    }

    private String hostileJsonBody(Map<String, Object> schema, List<String> variant) {
        int roll = random.nextInt(100);
        if (roll < 28) {
            String body = pick(List.of("", "not json", "{", "{\"a\":", "[]", "null", "123", "\"text\"", "{}",
                    JsonText.nested(10_000).json(), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                    JsonText.write(validValue(schema, "", 0)) + " trailing", "\uFEFF" + JsonText.write(validValue(
                            schema, "", 0)), "{\"a\":1,\"a\":2}", "{'single':'quotes'}", "{\"x\":NaN}"));
            variant.add("body " + JsonText.brief(new Raw(body)));
            return body;
        }
        Object value = validValue(schema, "", 0);
        List<Slot> slots = new ArrayList<>();
        collect(value, schema, "", slots);
        if (slots.isEmpty() || roll < 38) {
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                String key = random.nextBoolean() ? "unknownField" : pick(HOSTILE_TEXT);
                Object hostile = hostileValue(Map.of("type", "string"));
                object.put(key, hostile);
                variant.add("unknown field " + JsonText.brief(key) + "=" + JsonText.brief(hostile));
                return JsonText.write(object);
            }
            variant.add("body null");
            return "null";
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        if (slot.required() && roll < 50) {
            slot.remove().run();
            variant.add("without required " + slot.field());
        } else {
            Object hostile = hostileValue(slot.schema());
            slot.set().accept(hostile);
            variant.add(slot.field() + "=" + JsonText.brief(hostile));
        }
        return JsonText.write(value);
    }

    @SuppressWarnings("unchecked")
    private void collect(Object value, Map<String, Object> raw, String field, List<Slot> slots) {
        Map<String, Object> schema = contract.resolve(raw);
        if (value instanceof Map<?, ?> map && schema.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> object = (Map<String, Object>) map;
            List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                String key = String.valueOf(property.getKey());
                String path = field.isEmpty() ? key : field + "." + key;
                Map<String, Object> propertySchema = schemaOf(property.getValue());
                slots.add(new Slot(path, propertySchema, v -> object.put(key, v), required.contains(key),
                        () -> object.remove(key)));
                if (object.containsKey(key)) {
                    collect(object.get(key), propertySchema, path, slots);
                }
            }
        } else if (value instanceof List<?> list && "array".equals(schema.get("type"))) {
            List<Object> items = (List<Object>) list;
            if (!(items instanceof ArrayList)) {
                return;
            }
            Map<String, Object> itemSchema = itemSchema(schema);
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                String path = field + "[" + i + "]";
                slots.add(new Slot(path, itemSchema, v -> items.set(index, v), false, () -> items.set(index, null)));
                collect(items.get(i), itemSchema, path, slots);
            }
        }
    }

    // ---- other bodies ---------------------------------------------------------------------------------------------

    private String csvBody(boolean hostile, List<String> variant) {
        List<String> header = List.of("studentNumber", "firstName", "lastName", "groupName", "active", "libraryLink",
                "consentBy", "consentAt");
        List<List<String>> rows = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            boolean link = random.nextBoolean();
            rows.add(new ArrayList<>(List.of("CSV-" + random.nextInt(100_000), pick(WORDS), pick(WORDS), "groep "
                    + (1 + random.nextInt(8)), "true", String.valueOf(link), link ? "ouder" : "",
                    link ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : "")));
        }
        if (hostile) {
            List<String> row = rows.get(random.nextInt(rows.size()));
            int column = random.nextInt(header.size());
            String value = hostileText(true);
            row.set(column, value);
            variant.add("csv " + header.get(column) + "=" + JsonText.brief(value));
        }
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(RequestGenerator::csvCell).toList())).append('\n');
        }
        return out.toString();
    }

    private static String csvCell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private String formBody(Map<String, Object> raw, boolean hostile, List<String> variant) {
        Map<String, Object> schema = contract.resolve(raw);
        List<String> pairs = new ArrayList<>();
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            List<?> names = new ArrayList<>(properties.keySet());
            Object hostileName = hostile ? names.get(random.nextInt(names.size())) : null;
            for (Object name : names) {
                String value;
                if (name.equals(hostileName)) {
                    value = hostileText(true);
                    variant.add("form " + name + "=" + JsonText.brief(value));
                } else if (random.nextInt(100) < 90) {
                    value = String.valueOf(validValue(schemaOf(properties.get(name)), String.valueOf(name), 1));
                } else {
                    continue;
                }
                pairs.add(Http.encode(String.valueOf(name)) + "=" + Http.encode(value));
            }
        }
        return String.join("&", pairs);
    }

    private byte[] invalidUtf8(List<String> variant) {
        variant.add("body with invalid UTF-8");
        return new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaOf(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("type", "string");
    }

    private static Map<String, Object> itemSchema(Map<String, Object> schema) {
        return schemaOf(schema.get("items"));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
