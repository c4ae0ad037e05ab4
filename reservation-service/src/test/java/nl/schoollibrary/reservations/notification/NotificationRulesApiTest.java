package nl.schoollibrary.reservations.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The notification rules and templates through the API: the rules in force (defaults from the database functions,
 * the organisation's rule, a school's override), who may read and change them (role × scope), the template texts
 * (built-in, the organisation's own, back to built-in), the placeholder check and the preview; every refusal changes
 * nothing.
 */
@QuarkusTest
class NotificationRulesApiTest {

    private static final String EVENTS = "[RESERVATION_PLACED, RESERVATION_READY, PICKUP_REMINDER, "
            + "RESERVATION_EXPIRED, RESERVATION_CANCELLED]";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static ValidatableResponse getRules(String token, Map<String, ?> query) {
        return as(token).queryParams(query).when().get("/api/notification-rules").then();
    }

    private static ValidatableResponse putRules(String token, Map<String, ?> body) {
        return as(token).body(body).when().put("/api/notification-rules").then();
    }

    private static Map<String, Object> rule(String event, Boolean enabled, Integer days) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("event", event);
        rule.put("enabled", enabled);
        if (days != null) {
            rule.put("reminderOpenDays", days);
        }
        return rule;
    }

    private static Map<String, Object> change(Long organisationId, Long schoolId, List<Map<String, Object>> rules) {
        Map<String, Object> body = new HashMap<>();
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        if (schoolId != null) {
            body.put("schoolId", schoolId);
        }
        body.put("rules", rules);
        return body;
    }

    private static Map<String, String> fingerprints() {
        return TestDatabase.fingerprints("notification_rule", "notification_template");
    }

    @Test
    void the_defaults_come_from_the_database_every_event_on_but_placement_and_the_reminder_one_open_day_before() {
        Organisation org = Organisations.fresh();
        getRules(org.token(org.libraryStaff()), Map.of()).statusCode(200)
                .body("organisationId", equalTo((int) org.organisationId()))
                .body("schoolId", nullValue())
                .body("rules.event.toString()", equalTo(EVENTS))
                .body("rules.enabled", contains(false, true, true, true, true))
                .body("rules.reminderOpenDays", contains(null, null, 1, null, null))
                .body("rules.source", contains("DEFAULT", "DEFAULT", "DEFAULT", "DEFAULT", "DEFAULT"));
    }

    @Test
    void library_staff_set_the_organisations_rules_and_a_schools_override_which_inherits_again_when_removed() {
        Organisation org = Organisations.fresh();
        String staff = org.token(org.libraryStaff());
        long eventsBefore = TestDatabase.count("SELECT coalesce(max(id), 0) FROM domain_event");
        putRules(staff, change(null, null, List.of(rule("RESERVATION_PLACED", true, null),
                rule("PICKUP_REMINDER", true, 3)))).statusCode(200)
                .body("rules.enabled", contains(true, true, true, true, true))
                .body("rules.reminderOpenDays", contains(null, null, 3, null, null))
                .body("rules.source", contains("ORGANISATION", "DEFAULT", "ORGANISATION", "DEFAULT", "DEFAULT"));
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE id > ? AND type ="
                + " 'NotificationRulesChanged' AND organisation_id = ?", eventsBefore, org.organisationId()))
                .isEqualTo(1);

        putRules(staff, change(org.organisationId(), org.schoolId(), List.of(rule("RESERVATION_PLACED", false, null),
                rule("PICKUP_REMINDER", true, 2)))).statusCode(200)
                .body("schoolId", equalTo((int) org.schoolId()))
                .body("rules.enabled", contains(false, true, true, true, true))
                .body("rules.reminderOpenDays", contains(null, null, 2, null, null))
                .body("rules.source", contains("SCHOOL", "DEFAULT", "SCHOOL", "DEFAULT", "DEFAULT"));
        assertThat(TestDatabase.string("SELECT notification_enabled(?, ?, 'RESERVATION_PLACED')::text",
                org.organisationId(), org.schoolId())).isEqualTo("false");

        // The school staff see their school's rules in force; removing the override inherits the organisation's.
        getRules(org.token(org.schoolStaff()), Map.of()).statusCode(200)
                .body("schoolId", equalTo((int) org.schoolId()))
                .body("rules.source", contains("SCHOOL", "DEFAULT", "SCHOOL", "DEFAULT", "DEFAULT"));
        putRules(org.token(org.schoolStaff()), change(null, org.schoolId(), List.of(
                rule("RESERVATION_PLACED", null, null)))).statusCode(200)
                .body("rules.enabled", contains(true, true, true, true, true))
                .body("rules.source", contains("ORGANISATION", "DEFAULT", "SCHOOL", "DEFAULT", "DEFAULT"));
        // Turning the reminder off keeps its days; null on the organisation's rule is the default again.
        putRules(staff, change(null, null, List.of(rule("PICKUP_REMINDER", null, null),
                rule("RESERVATION_READY", false, null)))).statusCode(200)
                .body("rules.enabled", contains(true, false, true, true, true))
                .body("rules.reminderOpenDays", contains(null, null, 1, null, null))
                .body("rules.source", contains("ORGANISATION", "ORGANISATION", "DEFAULT", "DEFAULT", "DEFAULT"));
    }

    @Test
    void rules_are_read_and_changed_only_within_the_callers_scope() {
        Organisation own = Organisations.fresh();
        Organisation other = Organisations.fresh();
        Map<String, String> before = fingerprints();
        var body = List.of(rule("RESERVATION_READY", false, null));
        // library staff: not another organisation or its school
        putRules(own.token(own.libraryStaff()), change(other.organisationId(), null, body)).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        putRules(own.token(own.libraryStaff()), change(null, other.schoolId(), body)).statusCode(403);
        getRules(own.token(own.libraryStaff()), Map.of("organisationId", other.organisationId())).statusCode(403);
        // school staff: their own school only, never the organisation's row
        putRules(own.token(own.schoolStaff()), change(null, null, body)).statusCode(403);
        putRules(own.token(own.schoolStaff()), change(own.organisationId(), null, body)).statusCode(403);
        putRules(own.token(own.schoolStaff()), change(null, other.schoolId(), body)).statusCode(403);
        getRules(own.token(own.schoolStaff()), Map.of("schoolId", other.schoolId())).statusCode(403);
        // students and clients: not at all
        putRules(own.token(own.student()), change(null, null, body)).statusCode(403);
        getRules(own.token(own.student()), Map.of()).statusCode(403);
        putRules(own.clientToken(), change(null, null, body)).statusCode(403);
        assertThat(fingerprints()).isEqualTo(before);

        // an administrator names the organisation (or the school)
        String admin = Organisations.installationAdministrator();
        String adminToken = Tokens.login(admin);
        getRules(adminToken, Map.of()).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        getRules(adminToken, Map.of("schoolId", other.schoolId())).statusCode(200)
                .body("organisationId", equalTo((int) other.organisationId()));
        getRules(adminToken, Map.of("organisationId", own.organisationId(), "schoolId", other.schoolId()))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        getRules(adminToken, Map.of("organisationId", 999_999_999L)).statusCode(404).body("code", equalTo("NOT_FOUND"));
        putRules(adminToken, change(other.organisationId(), null, body)).statusCode(200)
                .body("rules[1].source", equalTo("ORGANISATION"));
    }

    @Test
    void bad_rule_changes_are_400_and_change_nothing() {
        Organisation org = Organisations.fresh();
        String staff = org.token(org.libraryStaff());
        Map<String, String> before = fingerprints();
        putRules(staff, change(null, null, List.of(rule("RESERVATION_READY", true, 2)))).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", containsString("reminderOpenDays"));
        putRules(staff, change(null, null, List.of(rule("PICKUP_REMINDER", true, 11)))).statusCode(400);
        putRules(staff, change(null, null, List.of(rule("PICKUP_REMINDER", true, 0)))).statusCode(400);
        putRules(staff, change(null, null, List.of(rule("PICKUP_REMINDER", null, 2)))).statusCode(400);
        putRules(staff, change(null, null, List.of(rule("RESERVATION_READY", true, null),
                rule("RESERVATION_READY", false, null)))).statusCode(400);
        putRules(staff, change(null, null, List.of(rule("RESERVATION_LOST", true, null)))).statusCode(400);
        putRules(staff, change(null, null, List.of())).statusCode(400);
        putRules(staff, Map.of()).statusCode(400);
        putRules(staff, change(null, 999_999_999L, List.of(rule("RESERVATION_READY", true, null)))).statusCode(404);
        assertThat(fingerprints()).isEqualTo(before);
    }

    private static ValidatableResponse putTemplate(String token, String path, Map<String, ?> body) {
        return as(token).body(body).when().put("/api/notification-templates/" + path).then();
    }

    @Test
    void the_ten_templates_are_built_in_until_the_organisation_writes_its_own_and_reset_brings_them_back() {
        Organisation org = Organisations.fresh();
        String staff = org.token(org.libraryStaff());
        as(staff).when().get("/api/notification-templates").then().statusCode(200)
                .body("", hasSize(10))
                .body("custom", not(hasItem(true)))
                .body("find { it.event == 'RESERVATION_READY' && it.language == 'nl' }.body",
                        containsString("Het boek '{{title}}' ligt klaar voor {{studentFirstName}} in {{location}}."
                                + " Ophalen kan tot en met {{pickupBy}}."))
                .body("find { it.event == 'PICKUP_REMINDER' && it.language == 'en' }.placeholders",
                        contains("studentFirstName", "title", "location", "pickupBy", "openDaysLeft"));

        putTemplate(staff, "RESERVATION_READY/nl", Map.of("subject", "Klaar: {{ title }}",
                "body", "Hallo,\n\n{{studentFirstName}} kan {{title}} ophalen.")).statusCode(200)
                .body("custom", equalTo(true)).body("subject", equalTo("Klaar: {{ title }}"));
        // school staff read their organisation's texts
        as(org.token(org.schoolStaff())).when().get("/api/notification-templates").then().statusCode(200)
                .body("find { it.event == 'RESERVATION_READY' && it.language == 'nl' }.custom", equalTo(true));

        as(staff).when().delete("/api/notification-templates/RESERVATION_READY/nl").then().statusCode(204);
        as(staff).when().get("/api/notification-templates").then().statusCode(200)
                .body("find { it.event == 'RESERVATION_READY' && it.language == 'nl' }.custom", equalTo(false));
    }

    @Test
    void a_template_with_an_unknown_placeholder_or_an_unclosed_brace_is_refused_and_nothing_changes() {
        Organisation org = Organisations.fresh();
        Organisation other = Organisations.fresh();
        String staff = org.token(org.libraryStaff());
        Map<String, String> before = fingerprints();
        putTemplate(staff, "RESERVATION_READY/nl", Map.of("subject", "Klaar", "body", "Hallo {{reason}}"))
                .statusCode(400).body("code", equalTo("TEMPLATE_INVALID")).body("detail", containsString("reason"));
        putTemplate(staff, "RESERVATION_READY/nl", Map.of("subject", "Klaar {{title", "body", "Hallo"))
                .statusCode(400).body("code", equalTo("TEMPLATE_INVALID"));
        putTemplate(staff, "RESERVATION_READY/nl", Map.of("subject", "x".repeat(201), "body", "Hallo"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        putTemplate(staff, "RESERVATION_READY/nl", Map.of("subject", "Klaar", "body", "x".repeat(5001)))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        putTemplate(staff, "RESERVATION_READY/nl", Map.of("subject", " ", "body", "Hallo")).statusCode(400);
        putTemplate(staff, "RESERVATION_READY/de", Map.of("subject", "Klaar", "body", "Hallo")).statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        putTemplate(staff, "RESERVATION_LOST/nl", Map.of("subject", "Klaar", "body", "Hallo")).statusCode(404);
        // role × scope
        Map<String, String> text = Map.of("subject", "Klaar", "body", "Hallo");
        putTemplate(org.token(org.schoolStaff()), "RESERVATION_READY/nl", text).statusCode(403);
        putTemplate(org.token(org.student()), "RESERVATION_READY/nl", text).statusCode(403);
        putTemplate(org.clientToken(), "RESERVATION_READY/nl", text).statusCode(403);
        as(staff).queryParam("organisationId", other.organisationId()).body(text)
                .when().put("/api/notification-templates/RESERVATION_READY/nl").then().statusCode(403);
        as(staff).queryParam("organisationId", other.organisationId())
                .when().delete("/api/notification-templates/RESERVATION_READY/nl").then().statusCode(403);
        as(org.token(org.schoolStaff())).when().delete("/api/notification-templates/RESERVATION_READY/nl").then()
                .statusCode(403);
        as(staff).queryParam("organisationId", other.organisationId()).when().get("/api/notification-templates")
                .then().statusCode(403);
        as(org.token(org.student())).when().get("/api/notification-templates").then().statusCode(403);
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void the_preview_renders_example_data_with_every_value_escaped_in_the_html() {
        Organisation org = Organisations.fresh();
        Map<String, Object> request = new HashMap<>(Map.of("event", "RESERVATION_READY", "language", "nl",
                "subject", "Klaar: {{title}}", "body", "Beste <ouder>,\n\n{{title}} ligt klaar tot {{pickupBy}}.\n"
                        + "Groet"));
        as(org.token(org.schoolStaff())).body(request).when().post("/api/notification-templates/preview").then()
                .statusCode(200)
                .body("subject", equalTo("Klaar: De <b>Gruffalo</b>"))
                .body("text", containsString("De <b>Gruffalo</b> ligt klaar tot vrijdag 11 december."))
                .body("html", containsString("<p>Beste &lt;ouder&gt;,</p>"))
                .body("html", containsString("<p>De &lt;b&gt;Gruffalo&lt;/b&gt; ligt klaar tot vrijdag 11 december."
                        + "<br>\nGroet</p>"));
        request.put("body", "{{openDaysLeft}}");
        as(org.token(org.libraryStaff())).body(request).when().post("/api/notification-templates/preview").then()
                .statusCode(400).body("code", equalTo("TEMPLATE_INVALID"));
        as(org.token(org.student())).body(request).when().post("/api/notification-templates/preview").then()
                .statusCode(403);
    }

    @Test
    void a_student_sees_the_masked_parent_address_and_the_rules_and_saves_a_language() {
        Organisation org = Organisations.fresh();
        String student = org.token(org.student());
        as(student).when().get("/api/me/notifications").then().statusCode(200)
                .body("language", equalTo("nl")).body("parentEmail", nullValue()).body("consentAt", nullValue())
                .body("events.event.toString()", equalTo(EVENTS))
                .body("events.enabled", contains(false, true, true, true, true));
        TestDatabase.execute("UPDATE patron SET parent_email = 'moeder@example.nl', parent_email_consent_by = 'moeder',"
                + " parent_email_consent_at = now() WHERE id = ?", org.studentPatronId());
        as(student).body(Map.of("language", "en")).when().put("/api/me/language").then().statusCode(204);
        as(student).when().get("/api/me/notifications").then().statusCode(200)
                .body("language", equalTo("en")).body("parentEmail", equalTo("m•••@example.nl"))
                .body("consentAt", not(nullValue()));

        as(student).body(Map.of("language", "de")).when().put("/api/me/language").then().statusCode(400);
        as(student).body(Map.of()).when().put("/api/me/language").then().statusCode(400);
        as(org.token(org.libraryStaff())).body(Map.of("language", "nl")).when().put("/api/me/language").then()
                .statusCode(403);
        assertThat(TestDatabase.string("SELECT language FROM patron WHERE id = ?", org.studentPatronId()))
                .isEqualTo("en");
    }

    @Test
    void a_student_logs_in_with_her_saved_language_and_staff_without_one() {
        Organisation org = Organisations.fresh();
        login(org.student()).body("user.language", equalTo("nl"));
        as(org.token(org.student())).body(Map.of("language", "en")).when().put("/api/me/language").then()
                .statusCode(204);
        login(org.student()).body("user.language", equalTo("en"));
        login(org.libraryStaff()).body("user.language", nullValue());
    }

    private static ValidatableResponse login(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Fixtures.PASSWORD))
                .when().post("/api/auth/login").then().statusCode(200);
    }
}
