package nl.schoollibrary.reservations.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The 401 answers come from the auth feature's own mapper ({@link AuthenticationProblems}), and the endpoints moved
 * between features (the client token into integration, the shelf into catalogue) answer at their old addresses.
 */
@QuarkusTest
class AuthenticationProblemsApiTest {

    @Test
    void a_token_of_an_account_that_is_not_active_is_account_disabled_with_invalid_token() {
        String token = Tokens.sign(Tokens.claims(987_654_322L, "niemand", "STUDENT"));
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("code", equalTo("ACCOUNT_DISABLED"))
                .body("detail", equalTo("This account is disabled. Ask your school or library."))
                .body("instance", equalTo("/api/me"));
    }

    @Test
    void no_token_is_authentication_required_with_bearer() {
        given().when().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("AUTHENTICATION_REQUIRED"))
                .body("instance", equalTo("/api/me"));
    }

    @Test
    void the_moved_endpoints_keep_their_addresses_and_methods() {
        given().when().get("/api/auth/token").then().statusCode(405).body("code", equalTo("METHOD_NOT_ALLOWED"));
        given().when().post("/api/locations/1/shelf").then().statusCode(405).body("code", equalTo("METHOD_NOT_ALLOWED"));
        given().when().get("/api/locations/987654321/shelf").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().when().get("/api/locations").then().statusCode(200);
    }
}
