package nl.schoollibrary.reservations.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schoollibrary.reservations.support.OpenApiContract.Operation;
import nl.schoollibrary.reservations.support.Organisations.Organisation;

/**
 * Values that name real things of the test's own organisation, by the name of the field or parameter that takes them
 * (titleId, barcode, pickupLocationId …), and ids the run has seen in answers (reservations it placed, loans it
 * made …), so generated requests reach the use cases and not only the 404 of an unknown id. Ids are only ever taken
 * from the own organisation or are far beyond any row, so no request can touch the shared fixture world.
 */
final class Anchors {

    /** Collections whose ids are collected from answers; the integration clients only from the ones created here. */
    private static final Set<String> HARVESTED = Set.of("reservations", "loans", "messages", "collections",
            "series-mutations", "integration-clients", "special-passes");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Object>> byName = new HashMap<>();
    private final Map<String, List<Long>> pools = new HashMap<>();

    Anchors(Organisation org) {
        List<Object> titles = new ArrayList<>(org.titleIds());
        List<Object> locations = List.of(org.branchId(), org.schoolLibraryId());
        List<Object> patrons = List.of(org.studentPatronId(), org.borrowerPatronId(), org.passPatronId());
        put("titleId", titles);
        put("titleIds", titles);
        put("pickupLocationId", locations);
        put("locationId", locations);
        put("patronId", patrons);
        put("schoolId", List.of(org.schoolId()));
        put("organisationId", List.of(org.organisationId()));
        put("barcode", new ArrayList<>(org.barcodes()));
        put("barcodes", new ArrayList<>(org.barcodes()));
        put("cardNumber", List.of(org.studentCard()));
        put("collectionCode", List.of(org.collectionCode()));
        put("username", List.of(org.student(), "nobody.here"));
        put("password", List.of(nl.schoollibrary.reservations.support.Fixtures.PASSWORD, "wrong-password"));
        put("client_id", List.of(org.clientId(), "no-such-client"));
        put("client_secret", List.of(org.clientSecret(), "wrong-secret"));
        put("grant_type", List.of("client_credentials"));
        put("scope", List.of("events:read", "students:write loans:read", ""));
        put("theme", List.of("griezelen", "dieren"));
        put("q", List.of("eigen titel", "weerwolf", "boek"));
        put("studentNumber", List.of(org.student().replace(".leerling", "").toUpperCase() + "-1", "2024-0137"));
        put("scopes", List.of("students:write", "reservations:read", "loans:read", "events:read", "catalogue:read"));
        put("reason", List.of("Boek is beschadigd", "Spreekbeurt\nvolgende week"));
        put("name", List.of("Tentoonstelling", "Paascollectie"));
        put("ageGroup", List.of("6-9", "9-12"));
        pools.put("titles", org.titleIds());
        pools.put("locations", List.of(org.branchId(), org.schoolLibraryId()));
        pools.put("schools", List.of(org.schoolId()));
    }

    private void put(String name, List<Object> values) {
        byName.put(name, values);
    }

    List<Object> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Ids of a collection of resources ("reservations", "titles" …) that exist in the own organisation. */
    List<Long> pool(String collection) {
        return pools.getOrDefault(collection, List.of());
    }

    /** The collection a path's {id} names: the segment before it (/api/reservations/{id}/cancel: reservations). */
    static String collectionOf(String path) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                return segments[i - 1];
            }
        }
        return null;
    }

    /** Remembers the ids in a successful answer (a created resource, or the items of a list). */
    void harvest(Operation op, Http.Answer answer) {
        if (answer.status() < 200 || answer.status() > 299 || answer.body() == null || answer.body().isBlank()
                || answer.contentType() == null || !answer.contentType().startsWith("application/json")) {
            return;
        }
        String collection = collectionFor(op);
        if (collection == null || !HARVESTED.contains(collection)) {
            return;
        }
        if (collection.equals("integration-clients") && !op.method().equals("POST")) {
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (Exception e) {
            return;
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(nodes::add);
        } else if (body.has("items") || body.has("school") || body.has("library")) {
            for (String list : List.of("items", "school", "library")) {
                if (body.has(list) && body.get(list).isArray()) {
                    body.get(list).forEach(nodes::add);
                }
            }
        } else if (body.has("client")) {
            nodes.add(body.get("client"));
        } else if (body.has("mutation")) {
            nodes.add(body.get("mutation"));
        } else {
            nodes.add(body);
        }
        List<Long> pool = pools.computeIfAbsent(collection, k -> new ArrayList<>());
        for (JsonNode node : nodes) {
            if (node.has("id") && node.get("id").canConvertToLong()) {
                long id = node.get("id").asLong();
                if (!pool.contains(id)) {
                    pool.add(id);
                }
            }
        }
        while (pool.size() > 40) {
            pool.remove(0);
        }
    }

    private static String collectionFor(Operation op) {
        String path = op.path();
        if (path.equals("/api/checkouts")) {
            return "loans";
        }
        if (path.equals("/api/copies/{barcode}/reservations") || path.equals("/api/me/reservations")) {
            return "reservations";
        }
        if (path.endsWith("/dry-run") || path.contains("{barcode}")) {
            return null;
        }
        String byId = collectionOf(path);
        if (byId != null) {
            return byId;
        }
        String[] segments = path.split("/");
        return segments[segments.length - 1];
    }
}
