package nl.schoollibrary.reservations.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts through the API: a new account's temporary password, the first login that must change it, disable
 * and enable (tokens refused at once), reset, the last administrator, and who may manage whom.
 */
@QuarkusTest
class StaffAccountsApiTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject Clock clock;

    private Organisations.Organisation org;
    private String admin;

    @BeforeEach
    void setUp() {
        org = Organisations.fresh();
        admin = Tokens.login(org.admin());
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    @Test
    void a_new_account_logs_in_with_its_temporary_password_must_change_it_and_then_works() {
        String username = unique("jan");
        var created = create(admin, username, "Jan Jansen", "SCHOOL_STAFF", org.schoolLibraryId()).statusCode(201)
                .header("Cache-Control", "no-store")
                .body("account.username", equalTo(username))
                .body("account.role", equalTo("SCHOOL_STAFF"))
                .body("account.schoolId", equalTo((int) org.schoolId()))
                .body("account.organisationId", equalTo((int) org.organisationId()))
                .body("account.mustChangePassword", equalTo(true))
                .body("account.active", equalTo(true))
                .body("account.createdBy", equalTo(org.admin()))
                .body("temporaryPasswordValidUntil", notNullValue())
                .extract();
        String temporary = created.path("temporaryPassword");
        long id = ((Number) created.path("account.id")).longValue();
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE type = 'StaffAccountCreated'"
                + " AND aggregate_id = ? AND NOT payload::text ILIKE ?", id, "%" + temporary + "%")).isEqualTo(1);

        // Typed by hand: lower case, without the dashes.
        String typed = temporary.replace("-", "").toLowerCase(Locale.ROOT);
        var login = login(username, typed).statusCode(200).body("user.mustChangePassword", equalTo(true)).extract();
        String token = login.path("accessToken");
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/staff-accounts").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        given().auth().oauth2(token).when().get("/api/hold-shelf").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));

        var changed = changePassword(token, temporary, "een-eigen-wachtwoord").statusCode(200)
                .body("user.mustChangePassword", equalTo(false)).extract();
        given().auth().oauth2((String) changed.path("accessToken")).when().get("/api/staff-accounts").then()
                .statusCode(200);
        login(username, temporary).statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        String fresh = login(username, "een-eigen-wachtwoord").statusCode(200)
                .body("user.mustChangePassword", equalTo(false)).extract().path("accessToken");
        given().auth().oauth2(fresh).when().get("/api/hold-shelf").then().statusCode(200);
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user WHERE id = ? AND NOT must_change_password"
                + " AND temporary_password_expires_at IS NULL AND password_changed_at IS NOT NULL", id)).isEqualTo(1);
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", username);
    }

    @Test
    void disabling_refuses_the_login_and_the_token_at_once_and_enabling_lets_the_person_in_again() {
        String username = unique("piet");
        long id = createdWithPassword(username, "LIBRARY_STAFF", org.branchId(), "pietswachtwoord");
        String token = login(username, "pietswachtwoord").statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/hold-shelf").then().statusCode(200);

        given().auth().oauth2(admin).when().post("/api/staff-accounts/{id}/disable", id).then().statusCode(200)
                .body("active", equalTo(false));

        given().auth().oauth2(token).when().get("/api/hold-shelf").then().statusCode(401);
        login(username, "pietswachtwoord").statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        assertThat(TestDatabase.count("SELECT count(*) FROM login_session WHERE user_id = ? AND ended_at IS NULL", id))
                .isZero();
        // The session of the first login (kept through the password change) and the second one.
        assertThat(TestDatabase.count("SELECT count(*) FROM login_session WHERE user_id = ?"
                + " AND end_reason = 'ACCOUNT_DISABLED'", id)).isEqualTo(2);
        assertThat(TestDatabase.string("SELECT disabled_by FROM app_user WHERE id = ?", id)).isEqualTo(org.admin());
        given().auth().oauth2(admin).when().get("/api/staff-accounts").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
        given().auth().oauth2(admin).queryParam("includeDisabled", true).when().get("/api/staff-accounts").then()
                .statusCode(200).body("id", hasItem((int) id));

        given().auth().oauth2(admin).when().post("/api/staff-accounts/{id}/enable", id).then().statusCode(200)
                .body("active", equalTo(true));
        String again = login(username, "pietswachtwoord").statusCode(200).extract().path("accessToken");
        given().auth().oauth2(again).when().get("/api/hold-shelf").then().statusCode(200);
    }

    @Test
    void a_reset_gives_a_new_temporary_password_and_ends_the_sessions() {
        String username = unique("kees");
        long id = createdWithPassword(username, "SCHOOL_STAFF", org.schoolLibraryId(), "keeswachtwoord");
        String token = login(username, "keeswachtwoord").statusCode(200).extract().path("accessToken");

        String temporary = given().auth().oauth2(admin).when().post("/api/staff-accounts/{id}/reset-password", id)
                .then().statusCode(200).header("Cache-Control", "no-store").body("validUntil", notNullValue())
                .extract().path("temporaryPassword");

        given().auth().oauth2(token).when().get("/api/hold-shelf").then().statusCode(401)
                .body("code", equalTo("SESSION_ENDED"));
        login(username, "keeswachtwoord").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        login(username, temporary).statusCode(200).body("user.mustChangePassword", equalTo(true));
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", username);

        // An answer with a secret is not kept for an Idempotency-Key: the retry makes a new one.
        String first = given().auth().oauth2(admin).header("Idempotency-Key", "reset-" + id).when()
                .post("/api/staff-accounts/{id}/reset-password", id).then().statusCode(200)
                .extract().path("temporaryPassword");
        given().auth().oauth2(admin).header("Idempotency-Key", "reset-" + id).when()
                .post("/api/staff-accounts/{id}/reset-password", id).then().statusCode(200)
                .header("Idempotent-Replayed", nullValue()).body("temporaryPassword", not(equalTo(first)));
        assertThat(TestDatabase.count("SELECT count(*) FROM idempotency_key WHERE response::text LIKE ?",
                "%" + first + "%")).isZero();
    }

    @Test
    void a_temporary_password_works_seven_days() {
        String username = unique("klok");
        String temporary = create(admin, username, "Klok", "SCHOOL_STAFF", org.schoolLibraryId()).statusCode(201)
                .extract().path("temporaryPassword");
        ((MovableClock) clock).advance(Duration.ofDays(7).plusMinutes(1));
        login(username, temporary).statusCode(401).body("code", equalTo("TEMPORARY_PASSWORD_EXPIRED"));
        login(username, "fout-wachtwoord").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", username);
    }

    @Test
    void an_administrator_cannot_disable_or_demote_themselves() {
        long self = TestDatabase.count("SELECT id FROM app_user WHERE username = ?", org.admin());
        given().auth().oauth2(admin).when().post("/api/staff-accounts/{id}/disable", self).then().statusCode(409)
                .body("code", equalTo("LAST_ADMINISTRATOR"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("role", "LIBRARY_STAFF", "locationId", org.branchId()))
                .when().patch("/api/staff-accounts/{id}", self).then().statusCode(409)
                .body("code", equalTo("LAST_ADMINISTRATOR"));
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user WHERE id = ? AND active AND role = 'ADMIN'", self))
                .isEqualTo(1);
    }

    @Test
    void a_taken_username_is_refused_and_nothing_is_written() {
        String username = unique("dubbel");
        create(admin, username, "Eerste", "ADMIN", null).statusCode(201).body("account.locationId", nullValue());
        long before = TestDatabase.count("SELECT count(*) FROM app_user");
        create(admin, username.toUpperCase(Locale.ROOT), "Tweede", "LIBRARY_STAFF", org.branchId()).statusCode(409)
                .body("code", equalTo("USERNAME_TAKEN"));
        create(admin, org.student(), "Derde", "LIBRARY_STAFF", org.branchId()).statusCode(409)
                .body("code", equalTo("USERNAME_TAKEN"));
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(before);
    }

    @Test
    void bad_input_is_refused_with_400_and_nothing_is_written() {
        long before = TestDatabase.count("SELECT count(*) FROM app_user");
        long events = TestDatabase.count("SELECT count(*) FROM domain_event");
        create(admin, "a b", "Naam", "LIBRARY_STAFF", org.branchId()).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        create(admin, "ab", "Naam", "LIBRARY_STAFF", org.branchId()).statusCode(400);
        create(admin, unique("x"), "  ", "LIBRARY_STAFF", org.branchId()).statusCode(400);
        create(admin, unique("x"), "Naam", "STUDENT", org.branchId()).statusCode(400);
        create(admin, unique("x"), "Naam", "SCHOOL_STAFF", null).statusCode(400)
                .body("errors[0].field", equalTo("locationId"));
        create(admin, unique("x"), "Naam", "SCHOOL_STAFF", org.branchId()).statusCode(400)
                .body("errors[0].field", equalTo("locationId"));
        create(admin, unique("x"), "Naam", "LIBRARY_STAFF", 999_999_999L).statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"username\": \"x\"")
                .when().post("/api/staff-accounts").then().statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("displayName", ""))
                .when().patch("/api/staff-accounts/{id}", TestDatabase.count("SELECT id FROM app_user WHERE"
                        + " username = ?", org.schoolStaff())).then().statusCode(400);
        given().auth().oauth2(admin).when().post("/api/staff-accounts/{id}/disable", 999_999_999L).then()
                .statusCode(404);
        given().auth().oauth2(admin).when().post("/api/staff-accounts/{id}/disable",
                TestDatabase.count("SELECT id FROM app_user WHERE username = ?", org.student())).then().statusCode(404);
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(before);
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event")).isEqualTo(events);
    }

    @Test
    void school_staff_manage_only_the_school_staff_of_their_own_school() {
        String school = Tokens.login(org.schoolStaff());
        Organisations.Organisation other = Organisations.fresh();
        long otherStaff = TestDatabase.count("SELECT id FROM app_user WHERE username = ?", other.schoolStaff());
        long ownLibraryStaff = TestDatabase.count("SELECT id FROM app_user WHERE username = ?", org.libraryStaff());
        long before = TestDatabase.count("SELECT count(*) FROM app_user");

        create(school, unique("collega"), "Collega", "LIBRARY_STAFF", org.branchId()).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        create(school, unique("collega"), "Collega", "ADMIN", null).statusCode(403);
        create(school, unique("collega"), "Collega", "SCHOOL_STAFF", other.schoolLibraryId()).statusCode(403);
        given().auth().oauth2(school).when().post("/api/staff-accounts/{id}/disable", otherStaff).then()
                .statusCode(403);
        given().auth().oauth2(school).when().post("/api/staff-accounts/{id}/reset-password", ownLibraryStaff).then()
                .statusCode(403);
        given().auth().oauth2(school).contentType(ContentType.JSON).body(Map.of("role", "ADMIN"))
                .when().patch("/api/staff-accounts/{id}", TestDatabase.count("SELECT id FROM app_user WHERE"
                        + " username = ?", org.schoolStaff())).then().statusCode(403);
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(before);
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user WHERE id = ? AND active", otherStaff))
                .isEqualTo(1);

        String username = unique("collega");
        long colleague = ((Number) create(school, username, "Collega", "SCHOOL_STAFF", org.schoolLibraryId())
                .statusCode(201).extract().path("account.id")).longValue();
        given().auth().oauth2(school).when().get("/api/staff-accounts").then().statusCode(200)
                .body("role", everyItem(equalTo("SCHOOL_STAFF")))
                .body("schoolId", everyItem(equalTo((int) org.schoolId())))
                .body("username", hasItem(username));
        given().auth().oauth2(school).when().post("/api/staff-accounts/{id}/disable", colleague).then()
                .statusCode(200).body("active", equalTo(false));
    }

    @Test
    void library_staff_students_and_clients_manage_no_accounts() {
        long before = TestDatabase.count("SELECT count(*) FROM app_user");
        long target = TestDatabase.count("SELECT id FROM app_user WHERE username = ?", org.schoolStaff());
        for (String token : List.of(Tokens.login(org.libraryStaff()), Tokens.login(org.student()), org.clientToken())) {
            given().auth().oauth2(token).when().get("/api/staff-accounts").then().statusCode(403);
            create(token, unique("nee"), "Nee", "SCHOOL_STAFF", org.schoolLibraryId()).statusCode(403);
            given().auth().oauth2(token).when().post("/api/staff-accounts/{id}/disable", target).then()
                    .statusCode(403);
            given().auth().oauth2(token).when().post("/api/staff-accounts/{id}/reset-password", target).then()
                    .statusCode(403);
        }
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(before);
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user WHERE id = ? AND active AND NOT"
                + " must_change_password", target)).isEqualTo(1);
    }

    @Test
    void a_new_role_or_place_ends_the_sessions() {
        String username = unique("verhuis");
        long id = createdWithPassword(username, "SCHOOL_STAFF", org.schoolLibraryId(), "verhuiswachtwoord");
        String token = login(username, "verhuiswachtwoord").statusCode(200).extract().path("accessToken");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("role", "LIBRARY_STAFF", "locationId", org.branchId(), "displayName", "Verhuisd"))
                .when().patch("/api/staff-accounts/{id}", id).then().statusCode(200)
                .body("role", equalTo("LIBRARY_STAFF")).body("schoolId", nullValue())
                .body("locationId", equalTo((int) org.branchId())).body("displayName", equalTo("Verhuisd"));
        given().auth().oauth2(token).when().get("/api/hold-shelf").then().statusCode(401);
        login(username, "verhuiswachtwoord").statusCode(200).body("user.role", equalTo("LIBRARY_STAFF"));
    }

    /** An account created through the API whose temporary password has been changed to {@code password}. */
    private long createdWithPassword(String username, String role, Long locationId, String password) {
        var created = create(admin, username, "Medewerker " + username, role, locationId).statusCode(201).extract();
        String token = login(username, created.path("temporaryPassword")).statusCode(200).extract().path("accessToken");
        changePassword(token, created.path("temporaryPassword"), password).statusCode(200);
        return ((Number) created.path("account.id")).longValue();
    }

    static ValidatableResponse create(String token, String username, String displayName, String role,
            Long locationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", displayName);
        body.put("role", role);
        if (locationId != null) {
            body.put("locationId", locationId);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/staff-accounts").then();
    }

    static ValidatableResponse login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/login").then();
    }

    static ValidatableResponse changePassword(String token, String current, String next) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .when().post("/api/me/password").then();
    }

    static String unique(String name) {
        return name + "." + SEQ.incrementAndGet() + "x" + Math.floorMod(System.nanoTime(), 100_000);
    }
}
