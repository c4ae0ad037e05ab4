package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.EmbeddedPostgresResource;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Issue 7: an Idempotency-Key retry returns the first result; the same key with another body is refused. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class IdempotencyApiTest {

    @Test
    void a_retried_placement_returns_the_same_reservation_and_places_nothing_more() {
        Fixtures.World w = Fixtures.world();
        long title = Builders.title("Idempotent");
        Builders.copy(title, w.schoolLibraryId(), "ON_LOAN");
        Builders.Student s = Builders.student(w.schoolId());
        String token = s.token();
        Map<String, Object> body = Map.of("titleId", title, "pickupLocationId", w.schoolLibraryId());
        int first = given().auth().oauth2(token).header("Idempotency-Key", "k-123").contentType(ContentType.JSON)
                .body(body).when().post("/api/reservations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header("Idempotency-Key", "k-123").contentType(ContentType.JSON).body(body)
                .when().post("/api/reservations").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", s.patronId())).isEqualTo(1);
        given().auth().oauth2(token).header("Idempotency-Key", "k-123").contentType(ContentType.JSON)
                .body(Map.of("titleId", w.dolfjeId(), "pickupLocationId", w.schoolLibraryId()))
                .when().post("/api/reservations").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        // Without a key, a second placement is the duplicate it is.
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/reservations")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_RESERVATION"));
    }
}
