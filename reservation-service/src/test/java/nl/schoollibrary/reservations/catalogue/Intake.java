package nl.schoollibrary.reservations.catalogue;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.support.TestDatabase;

/** Short calls and unique values for the catalogue intake tests. */
final class Intake {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Intake() {
    }

    /** A fresh valid ISBN-13 (979-12 range, not used by other fixtures). */
    static String isbn() {
        String twelve = String.format("97912%07d", SEQ.incrementAndGet());
        return twelve + CatalogueFields.isbn13CheckDigit(twelve);
    }

    /** A fresh barcode. */
    static String barcode() {
        return String.format("CI%08d", SEQ.incrementAndGet());
    }

    /** A word no other title has, for search. */
    static String word() {
        return "zoekwoord" + (char) ('a' + SEQ.get() % 26) + "x" + Integer.toString(SEQ.incrementAndGet(), 36)
                .replaceAll("[0-9]", "q");
    }

    static Map<String, Object> title(String isbn, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("isbn", isbn);
        body.put("title", name);
        body.put("authors", "Test Auteur");
        return body;
    }

    static Map<String, Object> copy(String barcode, long locationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("barcode", barcode);
        body.put("locationId", locationId);
        body.put("shelfMark", "JEUGD INT");
        return body;
    }

    static ValidatableResponse createTitle(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/titles").then();
    }

    static long createdTitle(String token, Map<String, ?> body) {
        return createTitle(token, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    static ValidatableResponse patchTitle(String token, long id, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().patch("/api/titles/{id}", id).then();
    }

    static ValidatableResponse createCopy(String token, long titleId, String barcode, long locationId,
            String collection) {
        Map<String, Object> body = copy(barcode, locationId);
        body.put("titleId", titleId);
        if (collection != null) {
            body.put("collectionCode", collection);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/copies").then();
    }

    static ValidatableResponse patchCopy(String token, String barcode, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().patch("/api/copies/{barcode}", barcode).then();
    }

    static ValidatableResponse move(String token, String barcode, long locationId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("locationId", locationId))
                .when().post("/api/copies/{barcode}/move", barcode).then();
    }

    static ValidatableResponse withdraw(String token, String barcode, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/copies/{barcode}/withdraw", barcode).then();
    }

    static ValidatableResponse placeAt(String token, long titleId, long pickupLocationId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("titleId", titleId, "pickupLocationId", pickupLocationId))
                .when().post("/api/reservations").then();
    }

    static ValidatableResponse copyDetail(String token, String barcode) {
        return given().auth().oauth2(token).when().get("/api/copies/{barcode}", barcode).then();
    }

    /** A collection of the organisation with a default block ({@code NONE} for none); answers its code. */
    static String collection(long organisationId, String defaultBlock) {
        String code = "CI-" + SEQ.incrementAndGet();
        TestDatabase.execute("INSERT INTO collection (organisation_id, code, name, default_reservation_block)"
                + " VALUES (?, ?, ?, ?)", organisationId, code, "Collectie " + code, defaultBlock);
        return code;
    }

    /** The history kinds of a copy, newest first. */
    static List<String> history(String token, String barcode) {
        return copyDetail(token, barcode).statusCode(200).extract().jsonPath().getList("history.what", String.class);
    }

    /** The newest event id now, to read the events after it. */
    static long lastEventId() {
        return TestDatabase.count("SELECT coalesce(max(id), 0) FROM domain_event");
    }

    static ValidatableResponse events(String token, long after) {
        return given().auth().oauth2(token).queryParam("after", after).queryParam("limit", 200)
                .when().get("/api/events").then();
    }
}
