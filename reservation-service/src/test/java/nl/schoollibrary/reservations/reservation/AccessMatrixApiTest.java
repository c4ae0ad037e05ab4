package nl.schoollibrary.reservations.reservation;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint needs a token; students see only their own data, staff only their school / organisation. */
@QuarkusTest
class AccessMatrixApiTest {

    private Fixtures.World w;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
    }

    @ParameterizedTest(name = "{0} {1} without a token is 401")
    @CsvSource({"GET,/api/me", "GET,/api/me/reservations", "GET,/api/me/loans", "GET,/api/me/messages",
            "POST,/api/me/messages/1/read", "POST,/api/me/messages/read-all", "POST,/api/reservations",
            "GET,/api/reservations", "GET,/api/reservations/1", "POST,/api/reservations/1/cancel",
            "POST,/api/reservations/1/suspend", "POST,/api/reservations/1/resume",
            "PUT,/api/reservations/1/not-needed-after", "POST,/api/reservations/1/move", "GET,/api/titles/1/queue",
            "POST,/api/checkins", "POST,/api/checkouts", "GET,/api/hold-shelf"})
    void every_protected_endpoint_without_a_token_is_401(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").when().request(method, path)
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @ParameterizedTest(name = "a student calling {0} {1} is 403")
    @CsvSource({"POST,/api/checkins", "POST,/api/checkouts", "GET,/api/hold-shelf", "GET,/api/titles/1/queue",
            "POST,/api/reservations/1/move"})
    void students_cannot_use_staff_endpoints(String method, String path) {
        given().auth().oauth2(Tokens.login("test.sanne")).contentType(ContentType.JSON)
                .body(Map.of("barcode", "TST0001", "patronId", 1, "direction", "UP", "reason", "x"))
                .when().request(method, path)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void staff_cannot_use_the_student_only_endpoints() {
        given().auth().oauth2(Tokens.login("test.school")).when().get("/api/me/messages")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void a_student_cannot_see_or_cancel_another_students_reservation_and_gets_404_not_403() {
        long title = Builders.title("Van een ander");
        Builders.copy(title, w.schoolLibraryId(), "ON_LOAN");
        long id = placed(Builders.student(w.schoolId()).token(), title, w.schoolLibraryId());
        String other = Builders.student(w.schoolId()).token();
        given().auth().oauth2(other).when().get("/api/reservations/{id}", id).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/reservations/{id}/cancel", id).then().statusCode(404);
        given().auth().oauth2(other).when().get("/api/reservations").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
    }

    @Test
    void school_staff_act_only_on_their_own_school() {
        long title = Builders.title("Andere school");
        Builders.copy(title, w.otherSchoolLibraryId(), "ON_LOAN");
        long id = placed(Builders.student(w.otherSchoolId()).token(), title, w.otherSchoolLibraryId());
        String zon = Tokens.login("test.school");
        given().auth().oauth2(zon).when().get("/api/reservations/{id}", id).then().statusCode(404);
        given().auth().oauth2(zon).contentType(ContentType.JSON).body(Map.of("reason", "mag niet"))
                .when().post("/api/reservations/{id}/cancel", id).then().statusCode(404);
        given().auth().oauth2(zon).when().get("/api/titles/{id}/queue", title).then().statusCode(200)
                .body("", hasSize(0));
        given().auth().oauth2(Tokens.login("test.school.maan")).when().get("/api/titles/{id}/queue", title)
                .then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(Tokens.login("test.bieb")).when().get("/api/reservations/{id}", id).then()
                .statusCode(200).body("patron.schoolName", equalTo("Testschool De Maan"));
    }

    @Test
    void staff_of_another_organisation_see_nothing_of_ours() {
        long title = Builders.title("Andere organisatie");
        String barcode = Builders.copy(title, w.branchId(), "ON_LOAN");
        Builders.copy(title, w.schoolLibraryId(), "ON_LOAN");
        long id = placed(Builders.student(w.schoolId()).token(), title, w.schoolLibraryId());
        String other = Tokens.login("test.ander");
        given().auth().oauth2(other).when().get("/api/reservations/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("barcode", barcode))
                .when().post("/api/checkins").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("barcode", barcode, "patronId", w.studentPatronId()))
                .when().post("/api/checkouts").then().statusCode(404);
    }

    @Test
    void malformed_circulation_requests_are_validation_failures() {
        String desk = Tokens.login("test.bieb");
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/checkins").then().statusCode(400).body("errors[0].field", equalTo("barcode"));
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of("barcode", "TST0003"))
                .when().post("/api/checkouts").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of("barcode", "GEENIDEE"))
                .when().post("/api/checkins").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(desk).contentType(ContentType.JSON).body("[]")
                .when().post("/api/checkins").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }
}
