package nl.schoollibrary.reservations.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions that last while they are used: a refresh token buys the next access token and is used up doing so; its
 * second use ends the session; logout and a disabled account end it at once; a session ends after its idle time
 * (short for students, a working day for staff) and at its absolute end (14 h).
 */
@QuarkusTest
class SessionsApiTest {

    @Inject Clock clock;

    @BeforeEach
    void setUp() {
        Fixtures.world();
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
        TestDatabase.execute("UPDATE app_user SET active = true WHERE username = 'test.sanne'");
    }

    @Test
    void a_login_starts_a_session_whose_refresh_token_rotates_on_every_use() {
        JsonPath login = login("test.bieb");
        assertThat(login.getLong("idleTimeoutSeconds")).isEqualTo(Duration.ofHours(10).toSeconds());
        assertThat(login.getString("sessionExpiresAt")).isNotBlank();

        JsonPath first = refresh(login.getString("refreshToken")).statusCode(200)
                .body("accessToken", notNullValue()).body("user.username", equalTo("test.bieb"))
                .extract().jsonPath();
        assertThat(first.getString("refreshToken")).isNotEqualTo(login.getString("refreshToken"));
        assertThat(first.getString("sessionExpiresAt")).isEqualTo(login.getString("sessionExpiresAt"));
        me(first.getString("accessToken")).statusCode(200);
        // The old access token is still good until it expires: the session is the same.
        me(login.getString("accessToken")).statusCode(200);

        JsonPath second = refresh(first.getString("refreshToken")).statusCode(200).extract().jsonPath();
        me(second.getString("accessToken")).statusCode(200);
        assertThat(TestDatabase.count("SELECT count(*) FROM login_session_rotated r JOIN login_session s"
                + " ON s.id = r.session_id JOIN app_user u ON u.id = s.user_id WHERE u.username = 'test.bieb'"
                + " AND s.ended_at IS NULL")).isEqualTo(2);
    }

    @Test
    void a_used_refresh_token_presented_again_ends_the_whole_session() {
        JsonPath login = login("test.sanne");
        JsonPath renewed = refresh(login.getString("refreshToken")).statusCode(200).extract().jsonPath();

        // Someone else replays the token the portal already used: refused, and the session is over for both.
        ended(refresh(login.getString("refreshToken")));
        ended(refresh(renewed.getString("refreshToken")));
        ended(me(renewed.getString("accessToken")));
        assertThat(endReason(login)).isEqualTo("REFRESH_REUSED");
        // A new login is a new session.
        JsonPath again = login("test.sanne");
        refresh(again.getString("refreshToken")).statusCode(200);
    }

    @Test
    void logout_ends_the_session_at_once() {
        JsonPath login = login("test.school");
        given().auth().oauth2(login.getString("accessToken")).when().post("/api/auth/logout")
                .then().statusCode(204);

        ended(me(login.getString("accessToken")));
        ended(refresh(login.getString("refreshToken")));
        assertThat(endReason(login)).isEqualTo("LOGOUT");
    }

    @Test
    void a_disabled_accounts_refresh_token_is_refused_at_once() {
        JsonPath login = login("test.sanne");
        // Disabled behind the service's back (directly in the database): no cache stands in the way of a refresh.
        TestDatabase.execute("UPDATE app_user SET active = false WHERE username = 'test.sanne'");

        refresh(login.getString("refreshToken")).statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        assertThat(endReason(login)).isEqualTo("ACCOUNT_DISABLED");
        TestDatabase.execute("UPDATE app_user SET active = true WHERE username = 'test.sanne'");
        ended(refresh(login.getString("refreshToken")));
    }

    @Test
    void a_student_session_ends_after_half_an_hour_without_use_a_staff_session_lasts_the_working_day() {
        JsonPath student = login("test.sanne");
        JsonPath staff = login("test.bieb");
        assertThat(student.getLong("idleTimeoutSeconds")).isEqualTo(Duration.ofMinutes(30).toSeconds());

        ((MovableClock) clock).advance(Duration.ofMinutes(31));
        ended(refresh(student.getString("refreshToken")));
        assertThat(endReason(student)).isEqualTo("IDLE");
        JsonPath staffLater = refresh(staff.getString("refreshToken")).statusCode(200).extract().jsonPath();

        // Used all day, a staff session still ends at its absolute end (14 h after the login).
        ((MovableClock) clock).advance(Duration.ofHours(9));
        staffLater = refresh(staffLater.getString("refreshToken")).statusCode(200).extract().jsonPath();
        ((MovableClock) clock).advance(Duration.ofHours(5));
        ended(refresh(staffLater.getString("refreshToken")));
        assertThat(endReason(staff)).isEqualTo("EXPIRED");
    }

    @Test
    void an_unknown_or_missing_refresh_token_changes_nothing() {
        ended(refresh("not-a-token"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/auth/refresh")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    private static JsonPath login(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Fixtures.PASSWORD))
                .when().post("/api/auth/login").then().statusCode(200)
                .body("refreshToken", notNullValue()).extract().jsonPath();
    }

    private static ValidatableResponse refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .when().post("/api/auth/refresh").then();
    }

    private static ValidatableResponse me(String accessToken) {
        return given().auth().oauth2(accessToken).when().get("/api/me").then();
    }

    private static void ended(ValidatableResponse response) {
        response.statusCode(401).body("code", equalTo("SESSION_ENDED"));
    }

    /** Why the session of a login ended (its id is in the access token; read here from the newest row). */
    private static String endReason(JsonPath login) {
        return TestDatabase.string("SELECT s.end_reason FROM login_session s JOIN app_user u ON u.id = s.user_id"
                + " WHERE u.username = ? ORDER BY s.id DESC LIMIT 1", login.getString("user.username"));
    }
}
