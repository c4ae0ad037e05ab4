package nl.schoollibrary.reservations.common.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the database cannot be reached, every request is answered 503 SERVICE_UNAVAILABLE with Retry-After at once,
 * nothing is claimed or written, and the outage counts once; when the probe gets an answer, requests work again. The
 * outage is opened the way a request opens it (a connection failure reaches the circuit); the real database stays up,
 * so the probe that closes it succeeds.
 */
@QuarkusTest
class DatabaseOutageApiTest {

    @Inject
    DatabaseAvailability availability;

    @Inject
    ServiceInstance instance;

    @AfterEach
    void databaseAnswersAgain() {
        availability.probeOnce();
    }

    @Test
    void while_the_database_cannot_be_reached_requests_are_answered_503_at_once_and_write_nothing() {
        Builders.Reservable r = Builders.reservableAtSchool("Outage");
        Builders.Student s = r.student();
        String token = s.token();
        Map<String, Object> placement = Map.of("titleId", r.titleId(), "pickupLocationId", r.pickupLocationId());
        long outagesBefore = availability.outages();
        long keysBefore = TestDatabase.count("SELECT count(*) FROM idempotency_key");

        assertThat(availability.failed(new SQLException("Connection to localhost:5432 refused", "08001")))
                .isEqualTo(DatabaseAvailability.Failure.UNREACHABLE);
        availability.failed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(availability.isDown()).isTrue();
        assertThat(availability.outages()).isEqualTo(outagesBefore + 1);

        long started = System.nanoTime();
        given().when().get("/api/titles?q=dolfje").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("code", equalTo("SERVICE_UNAVAILABLE"))
                .body("status", equalTo(503)).body("instance", equalTo("/api/titles"));
        given().auth().oauth2(token).header("Idempotency-Key", "outage-1").contentType(ContentType.JSON)
                .body(placement)
                .when().post("/api/reservations").then().statusCode(503).header("Retry-After", "5")
                .body("code", equalTo("SERVICE_UNAVAILABLE"));
        given().contentType(ContentType.JSON).body(Map.of("username", s.username(), "password", Fixtures.PASSWORD))
                .when().post("/api/auth/login").then().statusCode(503).body("code", equalTo("SERVICE_UNAVAILABLE"));
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for three refused requests").isLessThan(3_000);
        assertThat(TestDatabase.count("SELECT count(*) FROM idempotency_key")).isEqualTo(keysBefore);
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", s.patronId())).isZero();

        availability.probeOnce();
        assertThat(availability.isDown()).isFalse();
        given().when().get("/api/titles?q=dolfje").then().statusCode(200);
        given().auth().oauth2(token).header("Idempotency-Key", "outage-1").contentType(ContentType.JSON)
                .body(placement)
                .when().post("/api/reservations").then().statusCode(201);
        assertThat(availability.outages()).isEqualTo(outagesBefore + 1);
    }

    @Test
    void after_an_outage_the_instance_registers_under_a_new_id_so_its_old_claims_are_taken_over() {
        int before = instance.id();
        availability.failed(new SQLException("terminating connection due to administrator command", "57P01"));
        availability.probeOnce();
        assertThat(instance.id()).isNotEqualTo(before).isPositive();
        assertThat(TestDatabase.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ?::oid"
                + " AND objid = ?::oid AND objsubid = 2 AND granted", ServiceInstance.LOCK_CLASS, before)).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ?::oid"
                + " AND objid = ?::oid AND objsubid = 2 AND granted", ServiceInstance.LOCK_CLASS, instance.id()))
                .isEqualTo(1);
    }
}
