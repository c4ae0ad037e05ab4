package nl.schoollibrary.reservations.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Integration clients for tests: created by the fixture administrator, with a client-credentials token. */
public final class Clients {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Clients() {
    }

    public record Client(String clientId, String secret) {
        public String token() {
            return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                    .formParam("client_id", clientId).formParam("client_secret", secret)
                    .when().post("/api/auth/token").then().statusCode(200).extract().path("access_token");
        }
    }

    /** A client of one school. */
    public static Client ofSchool(long schoolId, String... scopes) {
        return create("schoolId", schoolId, scopes);
    }

    /** A client of the whole fixture organisation. */
    public static Client ofOrganisation(long organisationId, String... scopes) {
        return create("organisationId", organisationId, scopes);
    }

    private static Client create(String tenantField, long tenant, String... scopes) {
        String clientId = "test-client-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("name", "Testadministratie");
        body.put("scopes", List.of(scopes));
        body.put(tenantField, tenant);
        String secret = given().auth().oauth2(Tokens.login("test.admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/integration-clients").then().statusCode(201).extract().path("clientSecret");
        return new Client(clientId, secret);
    }
}
