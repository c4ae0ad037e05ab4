package nl.schoollibrary.reservations.account;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.account.StaffAccountsApiTest.changePassword;
import static nl.schoollibrary.reservations.account.StaffAccountsApiTest.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Students' logins: made by the student import (by the school's rule, or as the file says), login cards with
 * one-time start codes for a group or one student, the first login that must choose a password, and who may do it.
 */
@QuarkusTest
class StudentLoginsApiTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject Clock clock;

    private Builders.School school;
    private String importer;
    private String staff;
    private String tag;

    @BeforeEach
    void setUp() {
        Fixtures.world();
        school = Builders.school(true, false, true, 3);
        importer = Clients.ofSchool(school.schoolId(), "students:write").token();
        staff = Tokens.login(school.staffUsername());
        tag = letters(SEQ.incrementAndGet() * 7919 + (int) Math.floorMod(System.nanoTime(), 1000));
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    @Test
    void the_import_makes_a_login_per_student_by_the_rule_and_keeps_it() {
        String celik = "Çelik " + tag;
        String vries = "de Vries " + tag;
        var rows = List.of(row("S-1", "Zoë", celik, "groep 5"), row("S-2", "Sanne", vries, "groep 5"),
                row("S-3", "Sanne", vries, "groep 6"), withUsername(row("S-4", "Kies", "Zelf", "groep 6"),
                        " Kies.Zelf." + tag + " "));
        String body = importJson(rows, true).statusCode(200).body("created", equalTo(4))
                .body("loginsCreated", equalTo(4)).extract().asString();
        assertThat(body).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("startCode");
        String t = tag.toLowerCase(Locale.ROOT);
        assertThat(usernameOf("S-1")).isEqualTo("zoe.celik" + t);
        assertThat(usernameOf("S-2")).isEqualTo("sanne.devries" + t);
        assertThat(usernameOf("S-3")).isEqualTo("sanne.devries" + t + "2");
        assertThat(usernameOf("S-4")).isEqualTo("kies.zelf." + t);
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user u JOIN patron p ON p.id = u.patron_id"
                + " WHERE p.school_id = ? AND u.password_hash IS NULL AND u.role = 'STUDENT'", school.schoolId()))
                .isEqualTo(4);
        // Without a password nobody logs in, and it looks like an unknown username.
        login("zoe.celik" + t, "wat-dan-ook").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", "zoe.celik" + t);

        long users = TestDatabase.count("SELECT count(*) FROM app_user");
        importJson(rows, true).statusCode(200).body("created", equalTo(0)).body("loginsCreated", equalTo(0));
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(users);
        assertThat(TestDatabase.count("SELECT (payload->>'loginsCreated')::int FROM domain_event WHERE school_id = ?"
                + " AND type = 'StudentsImported' ORDER BY id LIMIT 1", school.schoolId())).isEqualTo(4);
    }

    @Test
    void a_csv_import_makes_logins_by_student_number_and_with_the_files_usernames() {
        TestDatabase.execute("UPDATE school SET student_username_rule = 'STUDENT_NUMBER' WHERE id = ?",
                school.schoolId());
        String brin = TestDatabase.string("SELECT lower(brin) FROM school WHERE id = ?", school.schoolId());
        String csv = "studentNumber;firstName;lastName;groupName;username\n"
                + "2024/0137;Daan;Jansen;groep 7;\n"
                + "2024 0138;Emma;Jansen;groep 7;EMMA." + tag + "\n";
        given().auth().oauth2(importer).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/students/import").then().statusCode(200)
                .body("created", equalTo(2)).body("loginsCreated", equalTo(2));
        assertThat(usernameOf("2024/0137")).isEqualTo(brin + "-2024-0137");
        assertThat(usernameOf("2024 0138")).isEqualTo("emma." + tag.toLowerCase(Locale.ROOT));
    }

    @Test
    void a_username_another_account_has_is_an_error_of_its_row() {
        long users = TestDatabase.count("SELECT count(*) FROM app_user");
        long patrons = TestDatabase.count("SELECT count(*) FROM patron");
        var rows = List.of(row("C-1", "Anna", "Bos " + tag, "groep 3"),
                withUsername(row("C-2", "Bert", "Bos " + tag, "groep 3"), "test.admin"));
        importJson(rows, true).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("line 2: username"))
                .body("errors[0].message", containsString("USERNAME_TAKEN"));
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(users);
        assertThat(TestDatabase.count("SELECT count(*) FROM patron")).isEqualTo(patrons);

        importJson(rows, false).statusCode(200).body("created", equalTo(1)).body("loginsCreated", equalTo(1))
                .body("rejected[0].line", equalTo(2)).body("rejected[0].field", equalTo("username"))
                .body("rejected[0].message", containsString("USERNAME_TAKEN"));
        // Twice in one file, or not a username: the rows' own errors.
        importJson(List.of(withUsername(row("C-3", "X", "Y", null), "dubbel" + tag),
                withUsername(row("C-4", "X", "Y", null), "Dubbel" + tag),
                withUsername(row("C-5", "X", "Y", null), "a b")), false).statusCode(200)
                .body("rejected.field", contains("username", "username")).body("loginsCreated", equalTo(1));
    }

    @Test
    void a_class_gets_login_cards_and_a_student_logs_in_with_the_start_code_then_with_a_password() {
        importJson(List.of(row("K-1", "Lotte", "Kaart " + tag, "groep 8"), row("K-2", "Noah", "Kaart " + tag,
                "groep 8"), row("K-3", "Mila", "Kaart " + tag, "groep 4")), true).statusCode(200);
        given().auth().oauth2(staff).when().get("/api/schools/{id}/groups", school.schoolId()).then().statusCode(200)
                .body("name", contains("groep 4", "groep 8")).body("find { it.name == 'groep 8' }.students",
                        equalTo(2)).body("find { it.name == 'groep 8' }.withoutPassword", equalTo(2));
        given().auth().oauth2(staff).queryParam("group", "groep 8").when()
                .get("/api/schools/{id}/students", school.schoolId()).then().statusCode(200)
                .body("$", hasSize(2)).body("login", contains("NONE", "NONE"));
        long events = TestDatabase.count("SELECT count(*) FROM domain_event WHERE type = 'LoginCardsIssued'");

        var cards = cards(staff, "groep 8", null).statusCode(200).header("Cache-Control", "no-store")
                .body("schoolName", notNullValue()).body("groupName", equalTo("groep 8"))
                .body("validUntil", notNullValue()).body("cards", hasSize(2)).extract();
        String username = cards.path("cards[0].username");
        String code = cards.path("cards[0].startCode");
        assertThat(code).matches("[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}");
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE type = 'LoginCardsIssued'"
                + " AND school_id = ? AND payload::text NOT LIKE ?", school.schoolId(), "%" + code + "%"))
                .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE type = 'LoginCardsIssued'"))
                .isEqualTo(events + 1);
        given().auth().oauth2(staff).queryParam("group", "groep 8").when()
                .get("/api/schools/{id}/students", school.schoolId()).then()
                .body("login", contains("START_CODE", "START_CODE")).body("startCodeValidUntil[0]", notNullValue());

        // Typed in lower case with a dash and a space.
        String typed = (code.substring(0, 4) + "- " + code.substring(4)).toLowerCase(Locale.ROOT);
        String token = login(username, typed).statusCode(200).body("user.mustChangePassword", equalTo(true))
                .body("user.role", equalTo("STUDENT")).extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/me/reservations").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(200);
        String chosen = changePassword(token, typed, "mijn-eigen-wachtwoord").statusCode(200)
                .body("user.mustChangePassword", equalTo(false)).extract().path("accessToken");
        given().auth().oauth2(chosen).when().get("/api/me/reservations").then().statusCode(200);
        String fresh = login(username, "mijn-eigen-wachtwoord").statusCode(200).extract().path("accessToken");
        login(username, code).statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));

        // Cards again: only the student without a password; then the whole group (her password stops working).
        cards(staff, "groep 8", true).statusCode(200).body("cards", hasSize(1))
                .body("cards.username", not(hasItem(username)));
        given().auth().oauth2(staff).when().get("/api/schools/{id}/groups", school.schoolId()).then()
                .body("find { it.name == 'groep 8' }.withoutPassword", equalTo(1));
        cards(staff, "groep 8", false).statusCode(200).body("cards", hasSize(2)).body("cards.username",
                hasItem(username));
        given().auth().oauth2(fresh).when().get("/api/me").then().statusCode(401);
        login(username, "mijn-eigen-wachtwoord").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", username);
    }

    @Test
    void one_student_gets_a_new_card_and_their_sessions_end() {
        importJson(List.of(row("E-1", "Finn", "Een " + tag, "groep 2")), true).statusCode(200);
        long patron = patronOf("E-1");
        String username = usernameOf("E-1");
        String code = given().auth().oauth2(staff).when().post("/api/students/{id}/login-card", patron).then()
                .statusCode(200).header("Cache-Control", "no-store").body("cards", hasSize(1))
                .body("cards[0].username", equalTo(username)).extract().path("cards[0].startCode");
        String token = login(username, code).statusCode(200).extract().path("accessToken");
        String chosen = changePassword(token, code, "finns-wachtwoord").statusCode(200).extract().path("accessToken");

        String again = given().auth().oauth2(Tokens.login("test.admin")).when()
                .post("/api/students/{id}/login-card", patron).then().statusCode(200)
                .extract().path("cards[0].startCode");
        given().auth().oauth2(chosen).when().get("/api/me").then().statusCode(401);
        login(username, "finns-wachtwoord").statusCode(401);
        login(username, again).statusCode(200).body("user.mustChangePassword", equalTo(true));
        TestDatabase.execute("DELETE FROM login_throttle WHERE username = ?", username);
    }

    @Test
    void a_start_code_works_thirty_days() {
        importJson(List.of(row("T-1", "Tijs", "Tijd " + tag, "groep 1")), true).statusCode(200);
        String code = given().auth().oauth2(staff).when().post("/api/students/{id}/login-card", patronOf("T-1"))
                .then().statusCode(200).extract().path("cards[0].startCode");
        ((MovableClock) clock).advance(Duration.ofDays(30).plusMinutes(1));
        login(usernameOf("T-1"), code).statusCode(401).body("code", equalTo("TEMPORARY_PASSWORD_EXPIRED"));
    }

    @Test
    void a_student_deactivated_by_the_import_cannot_log_in_and_their_token_is_refused() {
        importJson(List.of(row("D-1", "Dirk", "Weg " + tag, "groep 3")), true).statusCode(200);
        String username = usernameOf("D-1");
        String code = given().auth().oauth2(staff).when().post("/api/students/{id}/login-card", patronOf("D-1"))
                .then().statusCode(200).extract().path("cards[0].startCode");
        String token = changePassword(login(username, code).statusCode(200).extract().path("accessToken"), code,
                "dirks-wachtwoord").statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/me/reservations").then().statusCode(200);

        Map<String, Object> gone = row("D-1", "Dirk", "Weg " + tag, "groep 3");
        gone.put("active", false);
        importJson(List.of(gone), true).statusCode(200).body("updated", equalTo(1));
        given().auth().oauth2(token).when().get("/api/me/reservations").then().statusCode(401)
                .body("code", equalTo("ACCOUNT_DISABLED"));
        login(username, "dirks-wachtwoord").statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        given().auth().oauth2(staff).when().post("/api/students/{id}/login-card", patronOf("D-1")).then()
                .statusCode(409).body("code", equalTo("CONFLICT"));
        // Not on the group's cards any more.
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("groupName", "groep 3"))
                .when().post("/api/schools/{id}/login-cards", school.schoolId()).then().statusCode(404);
    }

    @Test
    void thirty_cards_come_at_once() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(row("G-" + i, "Kind" + i, "Klas " + tag, "groep 7b"));
        }
        importJson(rows, true).statusCode(200).body("loginsCreated", equalTo(30));
        long start = System.nanoTime();
        cards(staff, "groep 7b", null).statusCode(200).body("cards", hasSize(30));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("30 login cards took " + millis + " ms");
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void staff_of_another_school_library_staff_students_and_clients_get_nothing() {
        importJson(List.of(row("X-1", "Xander", "Ander " + tag, "groep 5")), true).statusCode(200);
        long patron = patronOf("X-1");
        Builders.School other = Builders.school(true, false, true, 3);
        List<String> tokens = List.of(Tokens.login(other.staffUsername()), Tokens.login("test.bieb"),
                Tokens.login("test.sanne"), Clients.ofSchool(school.schoolId(), "students:write").token());
        String before = fingerprint();
        for (String token : tokens) {
            given().auth().oauth2(token).when().get("/api/schools/{id}/students", school.schoolId()).then()
                    .statusCode(403);
            given().auth().oauth2(token).when().get("/api/schools/{id}/groups", school.schoolId()).then()
                    .statusCode(403);
            cards(token, "groep 5", false).statusCode(403);
            given().auth().oauth2(token).when().post("/api/students/{id}/login-card", patron).then().statusCode(403);
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void bad_requests_are_refused_and_change_nothing() {
        importJson(List.of(row("B-1", "Bas", "Fout " + tag, "groep 5")), true).statusCode(200);
        String admin = Tokens.login("test.admin");
        String before = fingerprint();
        cards(staff, "  ", null).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        cards(staff, "g".repeat(41), null).statusCode(400);
        cards(staff, "groep 99", null).statusCode(404);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body("{}")
                .when().post("/api/schools/{id}/login-cards", school.schoolId()).then().statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("groupName", "groep 5")).when().post("/api/schools/{id}/login-cards", 999_999_999L)
                .then().statusCode(404);
        given().auth().oauth2(staff).when().post("/api/students/{id}/login-card", 999_999_999L).then()
                .statusCode(404);
        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return TestDatabase.fingerprints("app_user", "login_session", "domain_event").toString();
    }

    private ValidatableResponse cards(String token, String group, Boolean onlyWithoutPassword) {
        Map<String, Object> body = new HashMap<>();
        body.put("groupName", group);
        if (onlyWithoutPassword != null) {
            body.put("onlyWithoutPassword", onlyWithoutPassword);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/schools/{id}/login-cards", school.schoolId()).then();
    }

    private ValidatableResponse importJson(List<Map<String, Object>> rows, boolean allOrNothing) {
        return given().auth().oauth2(importer).contentType(ContentType.JSON)
                .body(Map.of("students", rows, "allOrNothing", allOrNothing))
                .when().post("/api/students/import").then();
    }

    private String usernameOf(String studentNumber) {
        return TestDatabase.string("SELECT u.username FROM app_user u JOIN patron p ON p.id = u.patron_id"
                + " WHERE p.school_id = ? AND p.student_number = ?", school.schoolId(), studentNumber);
    }

    private long patronOf(String studentNumber) {
        return TestDatabase.count("SELECT id FROM patron WHERE school_id = ? AND student_number = ?",
                school.schoolId(), studentNumber);
    }

    private static Map<String, Object> row(String number, String first, String last, String group) {
        Map<String, Object> row = new HashMap<>();
        row.put("studentNumber", number);
        row.put("firstName", first);
        row.put("lastName", last);
        if (group != null) {
            row.put("groupName", group);
        }
        return row;
    }

    private static Map<String, Object> withUsername(Map<String, Object> row, String username) {
        row.put("username", username);
        return row;
    }

    /** A number as letters (Qx, Bcd, …): a name part that stays in a username made by the rule. */
    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        for (int v = Math.abs(n) + 26; v > 0; v /= 26) {
            text.append((char) ('a' + v % 26));
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
