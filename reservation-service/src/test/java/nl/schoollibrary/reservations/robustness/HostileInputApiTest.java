package nl.schoollibrary.reservations.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.schoollibrary.reservations.robustness.JsonText.Raw;
import nl.schoollibrary.reservations.robustness.RequestGenerator.Slot;
import nl.schoollibrary.reservations.support.OpenApiContract;
import nl.schoollibrary.reservations.support.OpenApiContract.Operation;
import nl.schoollibrary.reservations.support.OpenApiContract.Parameter;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table of hostile inputs against every POST, PUT and PATCH of the contract, field by field: a NUL, 100,000
 * characters, a wrong type, an unknown enum value, a fraction, a negative id, a number beyond every range, a date far
 * out, 10,000 nested arrays, null for a required field; and for the whole body: none, not JSON, nested, without or
 * with a wrong Content-Type. Every one is answered with a 4xx problem (the expected code, naming the field), and the
 * main tables are the same afterwards, row for row: nothing was written, not even in part. Also the paging of every
 * list: huge, negative and fractional pages and sizes are a 400 naming the parameter.
 */
@QuarkusTest
class HostileInputApiTest {

    /** The tables a write can touch. */
    private static final String[] TABLES = {"reservation", "reservation_queue_move", "loan", "copy", "copy_change",
            "patron", "library_link_consent", "app_user", "login_throttle", "integration_client", "collection",
            "series_mutation", "series_mutation_item", "school_policy", "message", "domain_event", "location",
            "school", "organisation"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Organisation org;
    private static Map<String, String> tokens;
    private static Map<String, String> pathValues;

    private record Row(String name, String contentType, byte[] body, Map<String, String> path, int status,
            String code, String field) {
    }

    @BeforeEach
    void ownOrganisation() {
        synchronized (HostileInputApiTest.class) {
            if (org != null) {
                return;
            }
            org = Organisations.fresh();
            tokens = new LinkedHashMap<>();
            tokens.put("STUDENT", org.token(org.student()));
            tokens.put("SCHOOL_STAFF", org.token(org.schoolStaff()));
            tokens.put("LIBRARY_STAFF", org.token(org.libraryStaff()));
            tokens.put("ADMIN", org.token(org.admin()));
            tokens.put("INTEGRATION", org.clientToken());
            long reservation = given().auth().oauth2(tokens.get("STUDENT")).contentType(ContentType.JSON)
                    .body(Map.of("titleId", org.titleIds().get(0), "pickupLocationId", org.branchId()))
                    .when().post("/api/reservations").then().statusCode(201).extract().jsonPath().getLong("id");
            long collection = TestDatabase.count("SELECT id FROM collection WHERE code = ?", org.collectionCode());
            pathValues = Map.of("/api/reservations/{id}", Long.toString(reservation),
                    "/api/collections/{id}", Long.toString(collection),
                    "/api/schools/{id}", Long.toString(org.schoolId()),
                    "{barcode}", org.barcodes().get(0));
        }
    }

    @Test
    void every_write_operation_refuses_every_hostile_body_with_a_problem_and_writes_nothing() {
        OpenApiContract contract = OpenApiContract.committed();
        Anchors anchors = new Anchors(org);
        RequestGenerator generator = new RequestGenerator(contract, new Random(7), anchors);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : contract.operations()) {
            if (!op.writes()) {
                continue;
            }
            String token = tokenFor(op);
            Map<String, String> before = TestDatabase.fingerprints(TABLES);
            for (Row row : rows(op, contract, generator, anchors)) {
                String target = target(op, row.path()) + (op.path().equals("/api/students/import")
                        ? "?schoolId=" + org.schoolId() : "");
                Http.Answer answer = Http.send(op.method(), target, token, row.contentType(), row.body());
                sent++;
                String problem = check(row, answer);
                if (problem != null) {
                    failures.add(op + " [" + row.name() + "]: " + problem);
                }
            }
            Map<String, String> after = TestDatabase.fingerprints(TABLES);
            for (String table : TABLES) {
                if (!before.get(table).equals(after.get(table))) {
                    failures.add(op + ": table " + table + " changed (" + before.get(table) + " → " + after.get(table)
                            + ")");
                }
            }
        }
        System.out.printf("Hostile input table: %d requests, %d failures%n", sent, failures.size());
        assertThat(sent).as("requests of the table").isGreaterThan(300);
        assertThat(failures).as("Hostile inputs not refused cleanly:%n  %s", String.join("\n  ", failures)).isEmpty();
    }

    @Test
    void every_list_refuses_a_huge_negative_or_broken_page_or_size_naming_it() {
        OpenApiContract contract = OpenApiContract.committed();
        List<String> failures = new ArrayList<>();
        for (Operation op : contract.operations()) {
            List<String> paging = op.in("query").stream().map(Parameter::name)
                    .filter(name -> name.equals("page") || name.equals("size") || name.equals("limit")).toList();
            if (!op.method().equals("GET") || paging.isEmpty()) {
                continue;
            }
            String token = tokenFor(op);
            for (String name : paging) {
                for (String value : List.of("-1", "2147483648", "99999999999999999999", "1.5", "abc", "10001",
                        name.equals("page") ? "1e9" : "100000")) {
                    String target = target(op, Map.of()) + "?" + name + "=" + Http.encode(value);
                    Http.Answer answer = Http.send("GET", target, token, null, (byte[]) null);
                    String problem = check(new Row(name + "=" + value, null, null, Map.of(), 400, "VALIDATION_FAILED",
                            name), answer);
                    if (problem != null) {
                        failures.add(op + " [" + name + "=" + value + "]: " + problem);
                    }
                }
            }
        }
        assertThat(failures).as("Paging not refused cleanly:%n  %s", String.join("\n  ", failures)).isEmpty();
    }

    // ---- the table --------------------------------------------------------------------------------------------------

    private List<Row> rows(Operation op, OpenApiContract contract, RequestGenerator generator, Anchors anchors) {
        List<Row> rows = new ArrayList<>();
        boolean json = op.bodies().containsKey("application/json");
        // Path rows carry a valid body, so that the path is what is refused.
        String type = json ? "application/json" : null;
        byte[] body = json ? bytes(JsonText.write(generator.template(op.bodies().get("application/json")))) : null;
        for (Parameter p : op.in("path")) {
            rows.add(new Row("NUL in path " + p.name(), type, body, Map.of(p.name(), "1\u0000"), 400,
                    "VALIDATION_FAILED", p.name()));
            if (!p.name().equals("barcode")) {
                rows.add(new Row("negative id in path", type, body, Map.of(p.name(), "-1"), 404, "NOT_FOUND", null));
            }
        }
        if (json) {
            Map<String, Object> schema = op.bodies().get("application/json");
            for (Slot slot : generator.slots(generator.template(schema), schema)) {
                for (Map.Entry<String, Object> attack : attacks(contract.resolve(slot.schema()), slot.required())
                        .entrySet()) {
                    Object template = generator.template(schema);
                    Slot same = generator.slots(template, schema).stream()
                            .filter(s -> s.field().equals(slot.field())).findFirst().orElseThrow();
                    same.set().accept(attack.getValue());
                    prune(template, schema, "", slot.field(), contract, anchors);
                    rows.add(json(attack.getKey() + " in " + slot.field(), JsonText.write(template), 400,
                            "VALIDATION_FAILED", slot.field()));
                }
            }
            String valid = JsonText.write(generator.template(schema));
            if (op.bodyRequired()) {
                rows.add(json("empty body", "", 400, "VALIDATION_FAILED", null));
            }
            rows.add(json("non-JSON body", "this is not JSON", 400, "VALIDATION_FAILED", null));
            rows.add(json("10,000 nested arrays", JsonText.nested(10_000).json(), 400, "VALIDATION_FAILED", null));
            rows.add(json("a JSON array", "[" + valid + "]", 400, "VALIDATION_FAILED", null));
            rows.add(json("more after the JSON", valid + " {}", 400, "VALIDATION_FAILED", null));
            rows.add(new Row("no Content-Type", null, bytes(valid), Map.of(), 415, "UNSUPPORTED_MEDIA_TYPE", null));
            rows.add(new Row("text/plain", "text/plain", bytes(valid), Map.of(), 415, "UNSUPPORTED_MEDIA_TYPE", null));
        }
        if (op.bodies().containsKey("text/csv")) {
            String header = "studentNumber,firstName,lastName,groupName\n";
            // A file the import cannot read may have a code of its own: any 400 problem will do.
            rows.add(new Row("NUL in a CSV cell", "text/csv", bytes(header + "H-1,Sanne,de\u0000Vries,groep 6\n"),
                    Map.of(), 400, null, null));
            rows.add(new Row("100,000 characters in a CSV cell", "text/csv", bytes(header + "H-1,Sanne,"
                    + RequestGenerator.HUGE_TEXT + ",groep 6\n"), Map.of(), 400, null, null));
            rows.add(new Row("not CSV", "text/csv", new byte[] {0, 1, 2, (byte) 0xff, '\n', ','}, Map.of(), 400,
                    null, null));
            rows.add(new Row("CSV without Content-Type", null, bytes(header + "H-1,Sanne,de Vries,groep 6\n"),
                    Map.of(), 415, "UNSUPPORTED_MEDIA_TYPE", null));
        }
        if (op.bodies().containsKey("application/x-www-form-urlencoded")) {
            for (String field : List.of("grant_type", "client_id", "client_secret", "scope")) {
                Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "client_credentials",
                        "client_id", org.clientId(), "client_secret", org.clientSecret(), "scope", "events:read"));
                form.put(field, form.get(field) + "\u0000");
                rows.add(new Row("NUL in " + field, "application/x-www-form-urlencoded", bytes(form(form)), Map.of(),
                        400, "VALIDATION_FAILED", field));
            }
            rows.add(new Row("form as JSON", "application/json", bytes("{\"grant_type\":\"client_credentials\"}"),
                    Map.of(), 415, "UNSUPPORTED_MEDIA_TYPE", null));
            rows.add(new Row("form without Content-Type", null, bytes("grant_type=client_credentials"), Map.of(), 415,
                    "UNSUPPORTED_MEDIA_TYPE", null));
        }
        if (op.path().equals("/api/catalogue/imports")) {
            // A file import: a body it cannot read is IMPORT_FILE_MALFORMED (naming the line), a bad row a row error
            // naming its record; either way a 400 problem that writes nothing.
            return rows.stream().map(r -> r.status() != 400 ? r
                    : new Row(r.name(), r.contentType(), r.body(), r.path(), 400, null, null)).toList();
        }
        return rows;
    }

    /**
     * Leaves out of a template the optional fields that are neither real things of the own organisation (ids, codes)
     * nor on the way to the attacked field, so no rule between optional fields (deactivateMissing with
     * confirmDeactivation) is broken before the attacked field is looked at.
     */
    @SuppressWarnings("unchecked")
    private static void prune(Object value, Map<String, Object> raw, String at, String attacked,
            OpenApiContract contract, Anchors anchors) {
        Map<String, Object> schema = contract.resolve(raw);
        if (value instanceof Map<?, ?> map && schema.get("properties") instanceof Map<?, ?> properties) {
            List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                String key = String.valueOf(property.getKey());
                String path = at.isEmpty() ? key : at + "." + key;
                boolean onTheWay = attacked.equals(path) || attacked.startsWith(path + ".")
                        || attacked.startsWith(path + "[");
                if (!onTheWay && !required.contains(key) && anchors.byName(key).isEmpty()) {
                    ((Map<String, Object>) map).remove(key);
                } else if (map.get(key) != null && !attacked.equals(path)) {
                    prune(map.get(key), (Map<String, Object>) property.getValue(), path, attacked, contract, anchors);
                }
            }
        } else if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < list.size(); i++) {
                String path = at + "[" + i + "]";
                if (list.get(i) != null && !attacked.equals(path)) {
                    prune(list.get(i), (Map<String, Object>) items, path, attacked, contract, anchors);
                }
            }
        }
    }

    /** What to put in a field of this schema, by name of the attack; every one must be refused. */
    private static Map<String, Object> attacks(Map<String, Object> schema, boolean required) {
        Map<String, Object> attacks = new LinkedHashMap<>();
        Object type = schema.get("type");
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            attacks.put("unknown enum value", "NOPE");
            // in the other case: lower for the upper-case enums, upper for the lower-case ones (a language: nl, en)
            String first = String.valueOf(values.get(0));
            String lower = first.toLowerCase(Locale.ROOT);
            attacks.put("enum in another case", lower.equals(first) ? first.toUpperCase(Locale.ROOT) : lower);
            attacks.put("enum as a number", 0);
        } else if ("string".equals(type) && "date".equals(schema.get("format"))) {
            attacks.put("date after 9999", "+10000-01-01");
            attacks.put("date before 1900", "-999999999-01-01");
            attacks.put("impossible date", "2026-02-30");
            attacks.put("date as a number", 20260101);
        } else if ("string".equals(type) && "date-time".equals(schema.get("format"))) {
            attacks.put("moment after 9999", "+10000-01-01T00:00:00Z");
            attacks.put("moment as a number", 1_790_000_000);
        } else if ("string".equals(type)) {
            attacks.put("NUL", "a\u0000b");
            attacks.put("escape character", "a\u001bb");
            attacks.put("100,000 characters", RequestGenerator.HUGE_TEXT);
            attacks.put("number for text", 12345);
            attacks.put("object for text", Map.of("$ne", 1));
        } else if ("integer".equals(type)) {
            attacks.put("fraction", 1.5);
            attacks.put("negative", -1);
            attacks.put("beyond every range", new Raw("99999999999999999999"));
            attacks.put("number in a string", "5");
            attacks.put("boolean for a number", true);
        } else if ("boolean".equals(type)) {
            attacks.put("boolean in a string", "true");
            attacks.put("number for a boolean", 1);
        } else if ("array".equals(type)) {
            attacks.put("text for a list", "x");
            attacks.put("10,000 nested arrays", JsonText.nested(10_000));
        } else if ("object".equals(type) || schema.containsKey("properties")) {
            attacks.put("text for an object", "x");
            attacks.put("list for an object", List.of());
        }
        if (required) {
            attacks.put("null for a required field", null);
        }
        return attacks;
    }

    private static Row json(String name, String body, int status, String code, String field) {
        return new Row(name, "application/json", bytes(body), Map.of(), status, code, field);
    }

    /** Why the answer is not the expected refusal, or null. */
    private static String check(Row row, Http.Answer answer) {
        if (answer.status() != row.status()) {
            return "expected " + row.status() + " " + (row.code() == null ? "" : row.code()) + ", got "
                    + answer.status() + ": "
                    + ContractCheck.brief(answer.body());
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json: " + answer.contentType();
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (row.code() != null && !row.code().equals(problem.path("code").asText())) {
                return "expected code " + row.code() + ": " + ContractCheck.brief(answer.body());
            }
            if (row.field() != null) {
                List<String> fields = problem.path("errors").findValuesAsText("field");
                String last = row.field().replaceAll("\\[\\d+]$", "");
                last = last.substring(last.lastIndexOf('.') + 1);
                String field = row.field();
                String lastName = last;
                // A value inside the field (its first element, its nested arrays) may be named instead of it, and a
                // row of an import by its line ("line 2: lastName").
                if (fields.stream().noneMatch(f -> f.equals(field) || f.endsWith(lastName) || f.startsWith(field + "[")
                        || f.contains(lastName + "["))) {
                    return "the problem does not name " + row.field() + ": " + ContractCheck.brief(answer.body());
                }
            }
        } catch (Exception e) {
            return "not JSON: " + ContractCheck.brief(answer.body());
        }
        return null;
    }

    private String tokenFor(Operation op) {
        if (!op.secured()) {
            return null;
        }
        for (String role : List.of("LIBRARY_STAFF", "ADMIN", "SCHOOL_STAFF", "STUDENT", "INTEGRATION")) {
            if (op.roles().contains(role)) {
                return tokens.get(role);
            }
        }
        return tokens.get("STUDENT");
    }

    /** The operation's path with real values of the own organisation, or the row's own values. */
    private static String target(Operation op, Map<String, String> rowValues) {
        String path = op.path();
        for (Parameter p : op.in("path")) {
            String value = rowValues.get(p.name());
            if (value == null) {
                value = p.name().equals("barcode") ? pathValues.get("{barcode}")
                        : pathValues.getOrDefault(op.path().substring(0, op.path().indexOf("{id}") + 4),
                                "900000000001");
            }
            path = path.replace("{" + p.name() + "}", Http.encode(value));
        }
        return path;
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(Http.encode(k) + "=" + Http.encode(v)));
        return String.join("&", pairs);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
