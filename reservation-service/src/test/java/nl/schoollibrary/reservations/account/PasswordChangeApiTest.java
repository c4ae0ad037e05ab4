package nl.schoollibrary.reservations.account;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.account.StaffAccountsApiTest.changePassword;
import static nl.schoollibrary.reservations.account.StaffAccountsApiTest.create;
import static nl.schoollibrary.reservations.account.StaffAccountsApiTest.login;
import static nl.schoollibrary.reservations.account.StaffAccountsApiTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person changes their own password: the current one is checked and throttled, the new one must be fit. */
@QuarkusTest
class PasswordChangeApiTest {

    private String username;
    private long id;

    @BeforeEach
    void setUp() {
        Organisations.Organisation org = Organisations.fresh();
        username = unique("wissel");
        var created = create(Tokens.login(org.admin()), username, "Wissel", "LIBRARY_STAFF", org.branchId())
                .statusCode(201).extract();
        id = ((Number) created.path("account.id")).longValue();
        String temporary = created.path("temporaryPassword");
        String token = login(username, temporary).statusCode(200).extract().path("accessToken");
        changePassword(token, temporary, "het-eerste-wachtwoord").statusCode(200);
    }

    @Test
    void a_wrong_current_password_is_refused_and_counts_for_the_throttle() {
        String token = login(username, "het-eerste-wachtwoord").statusCode(200).extract().path("accessToken");
        String hash = TestDatabase.string("SELECT password_hash FROM app_user WHERE id = ?", id);
        for (int i = 1; i <= 4; i++) {
            changePassword(token, "niet-het-wachtwoord", "een-nieuw-wachtwoord").statusCode(403)
                    .body("code", equalTo("CURRENT_PASSWORD_WRONG"));
        }
        assertThat(TestDatabase.count("SELECT failures FROM login_throttle WHERE username = ?", username)).isEqualTo(4);
        // The fifth failure locks the username: also for logins.
        changePassword(token, "niet-het-wachtwoord", "een-nieuw-wachtwoord").statusCode(429)
                .body("code", equalTo("TOO_MANY_ATTEMPTS"));
        login(username, "het-eerste-wachtwoord").statusCode(429);
        assertThat(TestDatabase.string("SELECT password_hash FROM app_user WHERE id = ?", id)).isEqualTo(hash);
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", username);
    }

    @Test
    void a_weak_password_is_refused_with_400() {
        String token = login(username, "het-eerste-wachtwoord").statusCode(200).extract().path("accessToken");
        String hash = TestDatabase.string("SELECT password_hash FROM app_user WHERE id = ?", id);
        changePassword(token, "het-eerste-wachtwoord", "kort").statusCode(400)
                .body("code", equalTo("PASSWORD_TOO_WEAK")).body("errors[0].field", equalTo("newPassword"));
        changePassword(token, "het-eerste-wachtwoord", "x".repeat(201)).statusCode(400)
                .body("code", equalTo("PASSWORD_TOO_WEAK"));
        changePassword(token, "het-eerste-wachtwoord", username.toUpperCase()).statusCode(400)
                .body("code", equalTo("PASSWORD_TOO_WEAK"));
        changePassword(token, "het-eerste-wachtwoord", "het-eerste-wachtwoord").statusCode(400)
                .body("code", equalTo("PASSWORD_TOO_WEAK"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("newPassword", "lang-genoeg-nu"))
                .when().post("/api/me/password").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", "a", "newPassword", "lang-genoeg-nu"))
                .when().post("/api/me/password").then().statusCode(401);
        assertThat(TestDatabase.string("SELECT password_hash FROM app_user WHERE id = ?", id)).isEqualTo(hash);
    }

    @Test
    void a_change_ends_the_other_sessions_and_keeps_this_one() {
        var first = login(username, "het-eerste-wachtwoord").statusCode(200).extract();
        String other = login(username, "het-eerste-wachtwoord").statusCode(200).extract().path("accessToken");
        String otherRefresh = login(username, "het-eerste-wachtwoord").statusCode(200).extract().path("refreshToken");

        var changed = changePassword(first.path("accessToken"), "het-eerste-wachtwoord", "het-tweede-wachtwoord")
                .statusCode(200).body("user.id", equalTo((int) id)).extract();

        given().auth().oauth2(other).when().get("/api/hold-shelf").then().statusCode(401)
                .body("code", equalTo("SESSION_ENDED"));
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", otherRefresh))
                .when().post("/api/auth/refresh").then().statusCode(401);
        given().auth().oauth2((String) changed.path("accessToken")).when().get("/api/hold-shelf").then()
                .statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", (String) changed.path("refreshToken")))
                .when().post("/api/auth/refresh").then().statusCode(200);
        login(username, "het-eerste-wachtwoord").statusCode(401);
        login(username, "het-tweede-wachtwoord").statusCode(200);
        assertThat(TestDatabase.count("SELECT count(*) FROM login_session WHERE user_id = ?"
                + " AND end_reason = 'PASSWORD_CHANGED'", id)).isGreaterThanOrEqualTo(2);
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", username);
    }
}
