package nl.schoollibrary.reservations.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthApiTest {

    private Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = Fixtures.world();
    }

    private static ValidatableResponse login(String username, String password) {
        return login(Map.of("username", username, "password", password));
    }

    private static ValidatableResponse login(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/auth/login").then();
    }

    /** Posts the text as a JSON login body as it is (also when it is not JSON at all). */
    private static ValidatableResponse loginWith(String rawJson) {
        return given().contentType(ContentType.JSON).body(rawJson).when().post("/api/auth/login").then();
    }

    @Test
    void a_student_logs_in_and_gets_a_token_with_role_and_scope() {
        login("test.sanne", Fixtures.PASSWORD).statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue())
                .body("expiresAt", notNullValue())
                .body("user.username", equalTo("test.sanne"))
                .body("user.role", equalTo("STUDENT"))
                .body("user.schoolId", equalTo((int) world.schoolId()))
                .body("user.organisationId", equalTo((int) world.organisationId()));
    }

    @Test
    void usernames_are_case_insensitive() {
        login(" Test.Sanne ", Fixtures.PASSWORD).statusCode(200);
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        login("test.school", "fout").statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("INVALID_CREDENTIALS"))
                .body("status", equalTo(401));
        login("niemand.hier", "fout").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        TestDatabase.execute("DELETE FROM login_throttle");
    }

    @Test
    void repeated_failures_lock_the_username_with_retry_after_and_leave_others_alone() {
        for (int i = 0; i < 4; i++) {
            login("test.bieb", "fout" + i).statusCode(401);
        }
        login("test.bieb", "fout").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("TOO_MANY_ATTEMPTS"));
        // Even the right password waits until the lock ends.
        login("test.bieb", Fixtures.PASSWORD).statusCode(429);
        login("test.sanne", Fixtures.PASSWORD).statusCode(200);
        TestDatabase.execute("DELETE FROM login_throttle");
        login("test.bieb", Fixtures.PASSWORD).statusCode(200);
    }

    @Test
    void missing_or_malformed_login_fields_are_validation_failures() {
        login(Map.of("username", "test.sanne")).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("password"));
        loginWith("{\"username\": ").statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        loginWith("{\"username\": [1], \"password\": \"x\"}").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("username"));
        loginWith("").statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.TEXT).body("username=x")
                .when().post("/api/auth/login")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    /** What /api/me answers a user who logged in. */
    private static ValidatableResponse me(String username) {
        return given().auth().oauth2(Tokens.login(username)).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void me_answers_the_student_profile() {
        me("test.sanne")
                .body("username", equalTo("test.sanne"))
                .body("role", equalTo("STUDENT"))
                .body("schoolName", equalTo("Testschool De Zon"))
                .body("student.groupName", equalTo("groep 6"))
                .body("student.libraryLink", equalTo(false))
                .body("student.membership", nullValue());
    }

    @Test
    void me_answers_staff_with_their_location() {
        me("test.school")
                .body("role", equalTo("SCHOOL_STAFF"))
                .body("locationName", equalTo("Schoolbibliotheek De Zon"))
                .body("student", nullValue());
    }

    @Test
    void without_a_token_me_is_401_problem() {
        given().when().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void expired_tampered_and_foreign_tokens_are_401() {
        String expired = Tokens.sign(Tokens.claims(world.studentUserId(), "test.sanne", "STUDENT")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)));
        String wrongIssuer = Tokens.sign(Tokens.claims(world.studentUserId(), "test.sanne", "STUDENT")
                .issuer("https://evil.example"));
        String good = Tokens.login("test.sanne");
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        for (String token : new String[] {expired, wrongIssuer, tampered, "not-a-jwt"}) {
            given().auth().oauth2(token).when().get("/api/me")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("AUTHENTICATION_REQUIRED"));
        }
    }

    @Test
    void a_role_without_access_is_403_problem() {
        String integration = Clients.ofSchool(world.schoolId(), "events:read").token();
        given().auth().oauth2(integration).when().get("/api/me")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }
}
