package nl.schoollibrary.reservations.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The setup link once an administrator exists (the test database always has one: the fixtures'), and the setup token
 * itself (made and checked by {@link Setup}, as the link's request does). What a start does on an empty database is
 * decided by {@link SetupDecision} (SetupDecisionTest). The link with a wrong token while no administrator exists
 * (403 SETUP_TOKEN_INVALID) cannot be asked here without taking every administrator of the shared database away.
 */
@QuarkusTest
class SetupApiTest {

    @Inject Setup setup;
    @Inject Clock clock;

    @BeforeEach
    void setUp() {
        Fixtures.world();
    }

    @Test
    void with_an_administrator_no_setup_is_needed() {
        given().when().get("/api/setup").then().statusCode(200).body("administratorNeeded", equalTo(false));
    }

    @Test
    void with_an_administrator_the_setup_link_says_done_whatever_its_token() {
        long users = TestDatabase.count("SELECT count(*) FROM app_user");
        given().contentType(ContentType.JSON).body(Map.of("setupToken", "geen-echte-token", "username", "nieuwe.baas",
                "displayName", "Nieuwe baas", "password", "een-lang-wachtwoord"))
                .when().post("/api/setup/administrator").then().statusCode(409).body("code", equalTo("SETUP_DONE"));
        given().contentType(ContentType.JSON).body(Map.of("setupToken", "x", "username", "a b", "displayName", "",
                "password", "kort"))
                .when().post("/api/setup/administrator").then().statusCode(409).body("code", equalTo("SETUP_DONE"));
        given().contentType(ContentType.JSON).body(Map.of("username", "nieuwe.baas"))
                .when().post("/api/setup/administrator").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(users);
    }

    @Test
    void a_setup_token_works_once_until_it_expires() {
        String token = QuarkusTransaction.requiringNew().call(() -> setup.newToken());
        Instant now = clock.instant();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(TestDatabase.count("SELECT count(*) FROM setup_token WHERE token_hash = ?", token)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> setup.validToken(token, now))).isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> setup.validToken(token + "x", now))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> setup.validToken(token, now.plus(Duration.ofHours(24)))))
                .isEmpty();
        TestDatabase.execute("UPDATE setup_token SET used_at = now() WHERE expires_at > now()");
        assertThat(QuarkusTransaction.requiringNew().call(() -> setup.validToken(token, now))).isEmpty();
    }
}
