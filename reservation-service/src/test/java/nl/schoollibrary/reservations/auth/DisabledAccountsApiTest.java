package nl.schoollibrary.reservations.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Disabled is disabled: a disabled integration client, a disabled staff user and a student deactivated by the
 * student import (or whose patron is inactive) get no token, and a token they already have stops working — at once
 * when this service disabled them, within reservation.auth.account-check-cache (1 s in tests) when the database was
 * changed behind its back.
 */
@QuarkusTest
class DisabledAccountsApiTest {

    /** reservation.auth.account-check-cache in the test profile. */
    private static final Duration CACHE = Duration.ofSeconds(1);

    private Fixtures.World w;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
    }

    @Test
    void a_disabled_clients_token_is_refused_at_once_and_it_gets_no_new_one() {
        Clients.Client client = Clients.ofSchool(w.schoolId(), "events:read");
        String token = client.token();
        given().auth().oauth2(token).when().get("/api/events").then().statusCode(200);
        long id = TestDatabase.count("SELECT id FROM integration_client WHERE client_id = ?", client.clientId());

        given().auth().oauth2(Tokens.login("test.admin")).when().post("/api/integration-clients/{id}/disable", id)
                .then().statusCode(200).body("active", equalTo(false));

        assertThat(TestDatabase.count("SELECT count(*) FROM integration_client WHERE id = ? AND active", id)).isZero();
        disabled(given().auth().oauth2(token).when().get("/api/events").then())
                .body("detail", containsString("integration client"));
        disabled(tokenRequest(client.clientId(), client.secret()));
        // Without the secret nobody learns that the client exists and is disabled.
        tokenRequest(client.clientId(), "fout").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        TestDatabase.execute("DELETE FROM login_throttle");
    }

    @Test
    void a_student_deactivated_by_the_import_cannot_log_in_and_their_token_stops_working_at_once() {
        Builders.School school = Builders.school(true, false, true, 3);
        String importer = Clients.ofSchool(school.schoolId(), "students:write").token();
        importStudents(importer, List.of(student("D-1", true), student("D-2", true)), false)
                .statusCode(200).body("created", equalTo(2));
        Builders.Student first = Builders.loginFor(patron(school, "D-1"));
        Builders.Student second = Builders.loginFor(patron(school, "D-2"));
        String firstToken = first.token();
        String secondToken = second.token();
        given().auth().oauth2(firstToken).when().get("/api/me").then().statusCode(200);
        given().auth().oauth2(secondToken).when().get("/api/me/reservations").then().statusCode(200);

        // D-1 deactivated by its row, D-2 by missing from a file that deactivates the missing (half the school:
        // the import confirms the number).
        given().auth().oauth2(importer).contentType(ContentType.JSON)
                .body(Map.of("students", List.of(student("D-1", false)), "deactivateMissing", true,
                        "confirmDeactivation", 1))
                .when().post("/api/students/import").then()
                .statusCode(200).body("updated", equalTo(1)).body("deactivated", equalTo(1));

        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ? AND active",
                school.schoolId())).isZero();
        disabled(given().auth().oauth2(firstToken).when().get("/api/me").then())
                .body("detail", containsString("account is disabled"));
        disabled(given().auth().oauth2(secondToken).when().get("/api/me/reservations").then());
        disabled(login(first.username(), Fixtures.PASSWORD));
        disabled(login(second.username(), Fixtures.PASSWORD));
        login(first.username(), "fout").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        TestDatabase.execute("DELETE FROM login_throttle");

        // Back in the next file: the student logs in again.
        importStudents(importer, List.of(student("D-1", true)), false).statusCode(200).body("updated", equalTo(1));
        given().auth().oauth2(first.token()).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void a_staff_user_disabled_in_the_database_is_refused_within_the_cache_period() throws InterruptedException {
        Builders.School school = Builders.school(true, false, true, 3);
        String token = Tokens.login(school.staffUsername());
        given().auth().oauth2(token).when().get("/api/hold-shelf").then().statusCode(200);

        TestDatabase.execute("UPDATE app_user SET active = false WHERE username = ?", school.staffUsername());
        long start = System.nanoTime();
        int status = 200;
        while (status == 200 && System.nanoTime() - start < CACHE.plusSeconds(5).toNanos()) {
            Thread.sleep(50);
            status = given().auth().oauth2(token).when().get("/api/hold-shelf").then().extract().statusCode();
        }
        Duration refusedAfter = Duration.ofNanos(System.nanoTime() - start);

        assertThat(status).isEqualTo(401);
        // Within the cache period (plus the time a request takes on a busy machine), not the token's 30 minutes.
        assertThat(refusedAfter).isLessThan(CACHE.plusSeconds(2));
        disabled(given().auth().oauth2(token).when().get("/api/hold-shelf").then());
        disabled(given().auth().oauth2(token).when().get("/api/me").then());
        disabled(login(school.staffUsername(), Fixtures.PASSWORD));
    }

    @Test
    void a_student_whose_patron_is_inactive_gets_no_token() {
        Builders.Student student = Builders.student(w.schoolId());
        TestDatabase.execute("UPDATE patron SET active = false WHERE id = ?", student.patronId());
        disabled(login(student.username(), Fixtures.PASSWORD));
        assertThat(TestDatabase.count("SELECT count(*) FROM login_throttle WHERE username = ?", student.username()))
                .isZero();
    }

    @Test
    void a_signed_token_for_an_account_that_does_not_exist_is_refused() {
        String token = Tokens.sign(Tokens.claims(987_654_321L, "niemand", "STUDENT"));
        disabled(given().auth().oauth2(token).when().get("/api/me").then());
        String client = Tokens.sign(Tokens.claims(987_654_321L, "geen-client", "INTEGRATION").claim("scope", "events:read"));
        disabled(given().auth().oauth2(client).when().get("/api/events").then());
    }

    @Test
    void active_accounts_keep_working_and_public_pages_ignore_the_check() {
        String token = Tokens.login("test.sanne");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).when().get("/api/me").then().statusCode(200);
        }
        given().when().get("/api/titles?q=Dolfje").then().statusCode(200);
    }

    private static ValidatableResponse disabled(ValidatableResponse response) {
        return response.statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("ACCOUNT_DISABLED")).body("status", equalTo(401));
    }

    private static ValidatableResponse login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/login").then();
    }

    private static ValidatableResponse tokenRequest(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post("/api/auth/token").then();
    }

    private static ValidatableResponse importStudents(String token, List<Map<String, Object>> rows,
            boolean deactivateMissing) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("students", rows, "deactivateMissing", deactivateMissing))
                .when().post("/api/students/import").then();
    }

    private static Map<String, Object> student(String number, boolean active) {
        Map<String, Object> row = new HashMap<>();
        row.put("studentNumber", number);
        row.put("firstName", "Kind");
        row.put("lastName", "Uitgeschreven " + number);
        row.put("groupName", "groep 8");
        row.put("active", active);
        return row;
    }

    private static long patron(Builders.School school, String studentNumber) {
        return TestDatabase.count("SELECT id FROM patron WHERE school_id = ? AND student_number = ?", school.schoolId(),
                studentNumber);
    }
}
