package nl.schoollibrary.reservations.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoints API: who may register, see and change endpoints (role × scope), the URL and type rules (a
 * refused request changes nothing), the one-time secret, and the test call. Every test works in an organisation of
 * its own, so no other test's events reach these endpoints.
 */
@QuarkusTest
class WebhookEndpointApiTest extends WebhookTenantTest {

    static ValidatableResponse create(String token, Long clientId, String url, List<String> types) {
        Map<String, Object> body = new HashMap<>();
        if (clientId != null) {
            body.put("clientId", clientId);
        }
        body.put("url", url);
        body.put("eventTypes", types);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/webhook-endpoints").then();
    }

    static ValidatableResponse patch(String token, long id, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().patch("/api/webhook-endpoints/{id}", id).then();
    }

    static ValidatableResponse post(String token, long id, String action) {
        return given().auth().oauth2(token).when().post("/api/webhook-endpoints/{id}/" + action, id).then();
    }

    static ValidatableResponse list(String token, Long clientId) {
        var request = given().auth().oauth2(token);
        if (clientId != null) {
            request = request.queryParam("clientId", clientId);
        }
        return request.when().get("/api/webhook-endpoints").then();
    }

    /** The HMAC-SHA256 signature of Standard Webhooks, computed here without the service's code. */
    static String expectedSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_administrator_registers_an_endpoint_and_its_secret_is_shown_once_and_nowhere_else() {
        String path = WebhookReceiver.newPath();
        long feedFrom = TestDatabase.count("SELECT coalesce(max(id), 0) FROM domain_event");
        Map<String, Object> body = Map.of("clientId", orgClient, "url", receiver.url(path) + "?token=abc",
                "description", "  Leerlingadministratie  ",
                "eventTypes", List.of("LoanCreated", "ReservationReady", "LoanCreated"));
        var created = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/webhook-endpoints").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .header("Location", "/api/webhook-endpoints?clientId=" + orgClient)
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("endpoint.clientId", equalTo((int) orgClient))
                .body("endpoint.clientName", startsWith("Administratie"))
                .body("endpoint.url", equalTo(receiver.url(path) + "?token=abc"))
                .body("endpoint.description", equalTo("Leerlingadministratie"))
                .body("endpoint.eventTypes", contains("ReservationReady", "LoanCreated"))
                .body("endpoint.active", equalTo(true))
                .body("endpoint.pausedAt", nullValue())
                .body("endpoint.consecutiveFailures", equalTo(0))
                .body("endpoint.pendingDeliveries", equalTo(0))
                .body("endpoint.failedDeliveries", equalTo(0))
                .body("endpoint.createdAt", notNullValue())
                .extract().jsonPath();
        String secret = created.getString("secret");
        long id = created.getLong("endpoint.id");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);

        String listed = list(admin, orgClient).statusCode(200).body("id", contains((int) id))
                .body("[0].secret", nullValue()).extract().asString();
        assertThat(listed).doesNotContain(secret.substring(6));
        assertThat(list(Tokens.login(org.libraryStaff()), null).statusCode(200).extract().asString())
                .doesNotContain(secret.substring(6));

        // The event: tenant of the client, no secret, no path or query of the URL.
        assertThat(TestDatabase.string("SELECT type || ' ' || organisation_id || ' ' || payload::text FROM domain_event"
                + " WHERE aggregate_type = 'WEBHOOK_ENDPOINT' AND aggregate_id = ?", id))
                .startsWith("WebhookEndpointCreated " + org.organisationId())
                .contains("\"host\": \"127.0.0.1\"").doesNotContain(secret.substring(6)).doesNotContain("token=abc")
                .doesNotContain(path);
        String feed = given().auth().oauth2(org.clientToken()).queryParam("after", feedFrom).queryParam("limit", 1000)
                .when().get("/api/events").then().statusCode(200)
                .body("items.type", hasItem("WebhookEndpointCreated")).extract().asString();
        assertThat(feed).doesNotContain(secret.substring(6));
    }

    @Test
    void a_client_with_events_read_manages_only_its_own_endpoints() {
        Clients.Client school = Clients.ofSchool(org.schoolId(), "events:read");
        Clients.Client other = Clients.ofSchool(org.schoolId(), "events:read");
        Clients.Client noScope = Clients.ofSchool(org.schoolId(), "students:write");
        String schoolToken = school.token();
        String otherToken = other.token();
        String noScopeToken = noScope.token();
        long schoolClient = clientRowId(school.clientId());

        long id = create(schoolToken, null, receiver.url(WebhookReceiver.newPath()), List.of("ReservationReady"))
                .statusCode(201).header("Cache-Control", "no-store")
                .body("endpoint.clientId", equalTo((int) schoolClient)).extract().jsonPath().getLong("endpoint.id");
        create(schoolToken, schoolClient, receiver.url(WebhookReceiver.newPath()), List.of("LoanCreated"))
                .statusCode(201);
        create(schoolToken, orgClient, receiver.url(WebhookReceiver.newPath()), List.of("LoanCreated"))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        list(schoolToken, null).statusCode(200).body("clientId", hasSize(2))
                .body("clientId", not(hasItem((int) orgClient)));
        list(schoolToken, orgClient).statusCode(403).body("code", equalTo("FORBIDDEN"));
        patch(schoolToken, id, Map.of("description", "Eigen")).statusCode(200).body("description", equalTo("Eigen"));

        // Another client: the endpoint is not found, whatever it tries; its list is empty.
        Map<String, String> before = TestDatabase.fingerprints("webhook_endpoint");
        patch(otherToken, id, Map.of("active", false)).statusCode(404).body("code", equalTo("NOT_FOUND"));
        post(otherToken, id, "resume").statusCode(404);
        post(otherToken, id, "rotate-secret").statusCode(404);
        post(otherToken, id, "ping").statusCode(404);
        list(otherToken, null).statusCode(200).body("$", hasSize(0));
        // Without the scope events:read a client may do nothing here.
        list(noScopeToken, null).statusCode(403).body("code", equalTo("FORBIDDEN"));
        create(noScopeToken, null, receiver.url(WebhookReceiver.newPath()), List.of("LoanCreated")).statusCode(403);
        given().auth().oauth2(noScopeToken).when().get("/api/webhook-event-types").then().statusCode(403);
        assertThat(TestDatabase.fingerprints("webhook_endpoint")).isEqualTo(before);
    }

    @Test
    void library_staff_read_their_organisations_endpoints_and_other_roles_see_none() {
        Clients.Client school = Clients.ofSchool(org.schoolId(), "events:read");
        long schoolClient = clientRowId(school.clientId());
        long orgEndpoint = create(admin, orgClient, receiver.url(WebhookReceiver.newPath()), List.of("LoanCreated"))
                .statusCode(201).extract().jsonPath().getLong("endpoint.id");
        long schoolEndpoint = create(admin, schoolClient, receiver.url(WebhookReceiver.newPath()),
                List.of("LoanReturned")).statusCode(201).extract().jsonPath().getLong("endpoint.id");
        String staff = Tokens.login(org.libraryStaff());

        list(staff, null).statusCode(200).body("id", contains((int) orgEndpoint, (int) schoolEndpoint));
        list(staff, schoolClient).statusCode(200).body("id", contains((int) schoolEndpoint));
        long fixtureClient = clientRowId(Clients.ofSchool(Fixtures.world().schoolId(), "events:read").clientId());
        list(staff, fixtureClient).statusCode(403).body("code", equalTo("FORBIDDEN"));
        list(staff, 987_654_321L).statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(staff).when().get("/api/webhook-event-types").then().statusCode(200)
                .body("$", hasSize(14)).body("$", hasItems("ReservationReady", "LoanReturned"));
        list(Tokens.login("test.bieb"), null).statusCode(200).body("id", not(hasItem((int) orgEndpoint)));

        Map<String, String> before = TestDatabase.fingerprints("webhook_endpoint", "domain_event");
        create(staff, orgClient, receiver.url(WebhookReceiver.newPath()), List.of("LoanCreated")).statusCode(403);
        patch(staff, orgEndpoint, Map.of("active", false)).statusCode(403).body("code", equalTo("FORBIDDEN"));
        post(staff, orgEndpoint, "resume").statusCode(403);
        post(staff, orgEndpoint, "rotate-secret").statusCode(403);
        post(staff, orgEndpoint, "ping").statusCode(403);
        for (String user : List.of(org.schoolStaff(), org.student())) {
            String token = Tokens.login(user);
            list(token, null).statusCode(403);
            create(token, orgClient, receiver.url(WebhookReceiver.newPath()), List.of("LoanCreated")).statusCode(403);
            patch(token, orgEndpoint, Map.of("active", false)).statusCode(403);
            given().auth().oauth2(token).when().get("/api/webhook-event-types").then().statusCode(403);
        }
        given().when().get("/api/webhook-endpoints").then().statusCode(401);
        assertThat(TestDatabase.fingerprints("webhook_endpoint", "domain_event")).isEqualTo(before);
        assertThat(receiver.received(WebhookReceiver.newPath())).isEmpty();
    }

    @Test
    void a_refused_url_or_event_type_changes_nothing() {
        String path = WebhookReceiver.newPath();
        long id = create(admin, orgClient, receiver.url(path), List.of("LoanCreated")).statusCode(201)
                .extract().jsonPath().getLong("endpoint.id");
        Map<String, String> before = TestDatabase.fingerprints("webhook_endpoint", "domain_event");
        List<String> badUrls = List.of("ftp://sis.example.nl/hook", "http://sis.example.nl/hook",
                "http://10.0.0.7/hook", "https://gebruiker:geheim@sis.example.nl/hook",
                "https://gebruiker@sis.example.nl/hook", "/hooks/relatief", "sis.example.nl/hook", "https://",
                "https:///pad", "https://sis.example.nl/hook#deel", "https://sis.example.nl/" + "a".repeat(2000),
                "geen url", "https://sis example.nl/", "mailto:bieb@example.nl", " ",
                // Addresses that are not on the public internet (the cloud's metadata service among them).
                "https://10.0.0.7/hook", "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data",
                "https://[fd00::1]/hook", "https://[::ffff:172.16.0.1]/hook", "https://100.64.0.1/hook");
        for (String url : badUrls) {
            create(admin, orgClient, url, List.of("LoanCreated")).statusCode(400)
                    .body("code", equalTo("WEBHOOK_URL_INVALID")).body("errors[0].field", equalTo("url"));
            patch(admin, id, Map.of("url", url)).statusCode(400).body("code", equalTo("WEBHOOK_URL_INVALID"));
        }
        create(admin, orgClient, "https://sis.example.nl/hook", List.of("ReservationReady", "ReservationOpened"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("eventTypes"));
        create(admin, orgClient, "https://sis.example.nl/hook", List.of("WebhookEndpointCreated")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        create(admin, orgClient, "https://sis.example.nl/hook", List.of()).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        create(admin, null, "https://sis.example.nl/hook", List.of("LoanCreated")).statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
        create(admin, 987_654_321L, "https://sis.example.nl/hook", List.of("LoanCreated")).statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
        long noScope = clientRowId(Clients.ofSchool(org.schoolId(), "students:write").clientId());
        before = TestDatabase.fingerprints("webhook_endpoint", "domain_event");
        create(admin, noScope, "https://sis.example.nl/hook", List.of("LoanCreated")).statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", orgClient, "eventTypes", List.of("LoanCreated")))
                .when().post("/api/webhook-endpoints").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        patch(admin, id, Map.of("eventTypes", List.of("LoanCreated", "Onbekend"))).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(admin, id, Map.of("eventTypes", List.of())).statusCode(400);
        patch(admin, 987_654_321L, Map.of("active", false)).statusCode(404);
        assertThat(TestDatabase.fingerprints("webhook_endpoint", "domain_event")).isEqualTo(before);

        // What is accepted: https anywhere, http only to this machine (allowed in the test profile).
        create(admin, orgClient, "https://sis.example.nl:8443/hooks/bieb?k=1", List.of("LoanCreated")).statusCode(201);
        create(admin, orgClient, "http://localhost:9/hook", List.of("LoanCreated")).statusCode(201);
        create(admin, orgClient, "http://[::1]:9/hook", List.of("LoanCreated")).statusCode(201);
    }

    @Test
    void patch_rotate_secret_and_resume_change_the_endpoint_and_say_so_in_events() {
        String path = WebhookReceiver.newPath();
        var created = create(admin, orgClient, receiver.url(path), List.of("LoanCreated")).statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("endpoint.id");
        String firstSecret = created.getString("secret");

        String newPath = WebhookReceiver.newPath();
        patch(admin, id, Map.of("url", receiver.url(newPath), "description", "Nieuw", "eventTypes",
                List.of("ReservationCancelled", "ReservationPlaced"))).statusCode(200)
                .body("url", equalTo(receiver.url(newPath))).body("description", equalTo("Nieuw"))
                .body("eventTypes", contains("ReservationPlaced", "ReservationCancelled")).body("active", equalTo(true));
        patch(admin, id, Map.of("description", "")).statusCode(200).body("description", nullValue())
                .body("url", equalTo(receiver.url(newPath)));
        patch(admin, id, Map.of("active", false)).statusCode(200).body("active", equalTo(false));
        assertThat(TestDatabase.string("SELECT string_agg(payload ->> 'changed', ' ' ORDER BY id) FROM domain_event"
                + " WHERE aggregate_type = 'WEBHOOK_ENDPOINT' AND aggregate_id = ? AND type = 'WebhookEndpointChanged'",
                id)).isEqualTo("[\"url\", \"description\", \"eventTypes\"] [\"description\"] [\"active\"]");
        patch(admin, id, Map.of("active", true)).statusCode(200).body("active", equalTo(true));

        String rotated = post(admin, id, "rotate-secret").statusCode(200).header("Cache-Control", "no-store")
                .body("endpoint.id", equalTo((int) id)).body("secret", startsWith("whsec_"))
                .extract().path("secret");
        assertThat(rotated).isNotEqualTo(firstSecret);
        assertThat(TestDatabase.string("SELECT secret FROM webhook_endpoint WHERE id = ?", id)).isEqualTo(rotated);
        assertThat(TestDatabase.string("SELECT string_agg(payload::text, ' ') FROM domain_event WHERE aggregate_type ="
                + " 'WEBHOOK_ENDPOINT' AND aggregate_id = ?", id)).doesNotContain(rotated.substring(6))
                .doesNotContain(firstSecret.substring(6)).doesNotContain(newPath);
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE aggregate_type = 'WEBHOOK_ENDPOINT' AND"
                + " aggregate_id = ? AND type = 'WebhookEndpointSecretRotated'", id)).isEqualTo(1);

        // Paused by the dispatcher after failures in a row, with a delivery waiting for a later retry.
        TestDatabase.execute("UPDATE webhook_endpoint SET paused_at = now(), pause_reason = '10 failed attempts in a"
                + " row', consecutive_failures = 10 WHERE id = ?", id);
        long delivery = TestDatabase.insertId("INSERT INTO delivery (event_id, channel, endpoint_id, organisation_id,"
                + " ordering_key, next_attempt_at, created_at, attempts) VALUES (0, 'WEBHOOK', ?, ?, 'W-test', now() +"
                + " interval '5 hours', now(), 3) RETURNING id", id, org.organisationId());
        list(admin, orgClient).statusCode(200).body("find { it.id == " + id + " }.pausedAt", notNullValue())
                .body("find { it.id == " + id + " }.pauseReason", equalTo("10 failed attempts in a row"))
                .body("find { it.id == " + id + " }.pendingDeliveries", equalTo(1));
        post(admin, id, "resume").statusCode(200).body("pausedAt", nullValue()).body("pauseReason", nullValue())
                .body("consecutiveFailures", equalTo(0)).body("pendingDeliveries", equalTo(1));
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery WHERE id = ? AND next_attempt_at <= now()",
                delivery)).isEqualTo(1);
        assertThat(TestDatabase.string("SELECT payload::text FROM domain_event WHERE aggregate_type = "
                + "'WEBHOOK_ENDPOINT' AND aggregate_id = ? AND type = 'WebhookEndpointResumed'", id))
                .contains("\"pendingDeliveries\": 1");
        TestDatabase.execute("DELETE FROM delivery WHERE id = ?", delivery);
    }

    @Test
    void ping_sends_a_signed_test_call_now_and_records_no_delivery() throws Exception {
        String path = WebhookReceiver.newPath();
        var created = given().auth().oauth2(org.clientToken()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "eventTypes", List.of("LoanCreated")))
                .when().post("/api/webhook-endpoints").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("endpoint.id");
        String secret = created.getString("secret");

        post(org.clientToken(), id, "ping").statusCode(200).body("delivered", equalTo(true))
                .body("statusCode", equalTo(200)).body("error", nullValue()).body("durationMs", notNullValue());
        List<WebhookReceiver.Received> calls = receiver.received(path);
        assertThat(calls).hasSize(1);
        WebhookReceiver.Received ping = calls.get(0);
        assertThat(ping.header("webhook-id")).startsWith("ping_");
        assertThat(ping.header("content-type")).isEqualTo("application/json");
        assertThat(ping.header("user-agent")).isEqualTo("schoolbieb-webhooks/1");
        assertThat(ping.header("webhook-signature")).isEqualTo(expectedSignature(secret, ping.header("webhook-id"),
                ping.header("webhook-timestamp"), ping.body()));
        assertThat(Long.parseLong(ping.header("webhook-timestamp")))
                .isBetween(System.currentTimeMillis() / 1000 - 60, System.currentTimeMillis() / 1000 + 60);
        assertThat(ping.body()).startsWith("{\"type\":\"WebhookPing\",\"timestamp\":\"")
                .contains("\"endpointId\":" + id);

        receiver.answer(path, 500, 302);
        post(admin, id, "ping").statusCode(200).body("delivered", equalTo(false)).body("statusCode", equalTo(500))
                .body("error", equalTo("HTTP 500"));
        post(admin, id, "ping").statusCode(200).body("delivered", equalTo(false)).body("statusCode", equalTo(302))
                .body("error", startsWith("HTTP 302"));
        // The redirect was not followed.
        assertThat(receiver.received("/elsewhere")).isEmpty();
        assertThat(receiver.received(path)).hasSize(3);
        // A receiver slower than the timeout (3 seconds in the test profile) is a failure.
        receiver.answer(path, -5000);
        post(admin, id, "ping").statusCode(200).body("delivered", equalTo(false)).body("statusCode", nullValue())
                .body("error", startsWith("timeout"));
        patch(admin, id, Map.of("url", "http://127.0.0.1:9/nergens")).statusCode(200);
        post(admin, id, "ping").statusCode(200).body("delivered", equalTo(false)).body("statusCode", nullValue())
                .body("error", notNullValue());
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery WHERE endpoint_id = ?", id)).isZero();
        list(admin, orgClient).statusCode(200).body("find { it.id == " + id + " }.consecutiveFailures", equalTo(0));
    }
}
