package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.schoollibrary.reservations.common.RateLimiter;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: integration clients are rate limited per client (429 RATE_LIMITED with Retry-After); people are not.
 * The limiter's settings are swapped for a tiny bucket here (3 at once, then one per hour) and restored after.
 */
@QuarkusTest
class RateLimitApiTest {

    @Inject
    RateLimiter limiter;

    private RateLimiter.Limits configured;
    private Fixtures.World w;

    @BeforeEach
    void tinyLimits() {
        w = Fixtures.world();
        configured = limiter.limits();
        limiter.setLimits(new RateLimiter.Limits(1.0 / 3600, 3));
    }

    @AfterEach
    void restoreLimits() {
        limiter.setLimits(configured);
    }

    @Test
    void a_client_beyond_its_burst_gets_429_rate_limited_with_retry_after() {
        String token = Clients.ofSchool(w.schoolId(), "events:read").token();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/events").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(token).when().get("/api/events").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("RATE_LIMITED"))
                .body("status", equalTo(429)).body("type", equalTo("https://schoollibrary.nl/problems/rate-limited"))
                .body("instance", equalTo("/api/events")).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(3000L, 3600L);
    }

    @Test
    void each_client_has_its_own_bucket_and_a_new_token_does_not_refill_it() {
        Clients.Client busy = Clients.ofSchool(w.schoolId(), "events:read");
        String token = busy.token();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/events").then().statusCode(200);
        }
        given().auth().oauth2(busy.token()).when().get("/api/events").then().statusCode(429);
        String other = Clients.ofSchool(w.schoolId(), "events:read").token();
        given().auth().oauth2(other).when().get("/api/events").then().statusCode(200);
    }

    @Test
    void a_limited_post_claims_no_idempotency_key_and_changes_nothing() {
        String token = Clients.ofSchool(w.otherSchoolId(), "students:write").token();
        String body = "{\"students\":[]}";
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/students/import")
                    .then().statusCode(200);
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", "limited-1").body(body)
                .when().post("/api/students/import").then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
        assertThat(nl.schoollibrary.reservations.support.TestDatabase.count(
                "SELECT count(*) FROM idempotency_key WHERE key = 'limited-1'")).isZero();
    }

    @Test
    void students_and_staff_are_not_rate_limited() {
        String staff = Tokens.login("test.bieb");
        String student = Tokens.login("test.sanne");
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(staff).when().get("/api/reservations").then().statusCode(200);
            given().auth().oauth2(student).when().get("/api/me/reservations").then().statusCode(200);
        }
    }

    @Test
    void the_token_endpoint_answers_429_with_retry_after_once_a_client_has_failed_too_often() {
        Clients.Client client = Clients.ofSchool(w.schoolId(), "events:read");
        int locked = 0;
        for (int i = 0; i < 6; i++) {
            int status = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                    .formParam("client_id", client.clientId()).formParam("client_secret", "fout-" + i)
                    .when().post("/api/auth/token").then().extract().statusCode();
            if (status == 429) {
                locked++;
            }
        }
        assertThat(locked).as("the fifth failure locks, the sixth is refused while locked").isEqualTo(2);
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId()).formParam("client_secret", client.secret())
                .when().post("/api/auth/token").then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_ATTEMPTS")).header("Retry-After", notNullValue());
    }
}
