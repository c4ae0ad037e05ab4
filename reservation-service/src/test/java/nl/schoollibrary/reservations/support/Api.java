package nl.schoollibrary.reservations.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Short calls for scenario tests. */
public final class Api {

    private Api() {
    }

    public static ValidatableResponse place(String token, long titleId, long pickupLocationId) {
        return place(token, Map.of("titleId", titleId, "pickupLocationId", pickupLocationId));
    }

    /** Posts a reservation request body as it is (also a wrong one, or one naming a patron, for staff). */
    public static ValidatableResponse place(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/reservations").then();
    }

    public static long placed(String token, long titleId, long pickupLocationId) {
        return place(token, titleId, pickupLocationId).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse checkIn(String staffToken, String barcode) {
        return given().auth().oauth2(staffToken).contentType(ContentType.JSON).body(Map.of("barcode", barcode))
                .when().post("/api/checkins").then();
    }

    public static ValidatableResponse checkOut(String staffToken, String barcode, long patronId) {
        return given().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(Map.of("barcode", barcode, "patronId", patronId))
                .when().post("/api/checkouts").then();
    }

    public static ValidatableResponse cancel(String token, long reservationId, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/reservations/{id}/cancel", reservationId).then();
    }

    public static ValidatableResponse messages(String token) {
        return given().auth().oauth2(token).when().get("/api/me/messages").then();
    }

    public static ValidatableResponse holdShelf(String staffToken) {
        return given().auth().oauth2(staffToken).when().get("/api/hold-shelf").then();
    }

    public static ValidatableResponse reservation(String token, long reservationId) {
        return given().auth().oauth2(token).when().get("/api/reservations/{id}", reservationId).then();
    }
}
