package nl.schoollibrary.reservations.delivery;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.TestDatabase.count;
import static nl.schoollibrary.reservations.support.TestDatabase.execute;
import static nl.schoollibrary.reservations.support.TestDatabase.insertId;
import static nl.schoollibrary.reservations.support.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery log through the API: who sees which deliveries (role × scope), the attempts of one, and sending one
 * again by hand (only a given-up or skipped one), with the refusals that change nothing.
 */
@QuarkusTest
class DeliveryApiTest {

    private static Organisation own;
    private static Organisation other;
    private static long endpoint;
    private static long failed;
    private static long delivered;
    private static long mail;

    @BeforeEach
    void world() {
        synchronized (DeliveryApiTest.class) {
            if (own != null) {
                return;
            }
            own = Organisations.fresh();
            other = Organisations.fresh();
            long client = insertId("SELECT id FROM integration_client WHERE client_id = ?", own.clientId());
            endpoint = insertId("""
                    INSERT INTO webhook_endpoint (client_id, url, event_types, secret, created_at, created_by)
                    VALUES (?, 'https://sis.example/hook', '{LogTested}', 'whsec_dGVzdA==', now(), 'test')
                    RETURNING id""", client);
            long event = insertId("""
                    INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id,
                                              school_id, payload)
                    VALUES (now(), 'LogTested', 'RESERVATION', 1, ?, ?, '{}') RETURNING id""", own.organisationId(),
                    own.schoolId());
            failed = count("SELECT id FROM delivery WHERE event_id = ? AND endpoint_id = ?", event, endpoint);
            execute("UPDATE delivery SET status = 'FAILED', attempts = 8, last_error = '503 Unavailable' WHERE id = ?",
                    failed);
            execute("""
                    INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, instance_id, duration_ms, succeeded,
                                                  status_code, error)
                    VALUES (?, 1, now(), 1, 12, false, 503, 'Unavailable')""", failed);
            long second = insertId("""
                    INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id,
                                              school_id, payload)
                    VALUES (now(), 'LogTested', 'RESERVATION', 2, ?, ?, '{}') RETURNING id""", own.organisationId(),
                    own.schoolId());
            delivered = count("SELECT id FROM delivery WHERE event_id = ? AND endpoint_id = ?", second, endpoint);
            execute("UPDATE delivery SET status = 'DELIVERED', attempts = 1, delivered_at = now() WHERE id = ?",
                    delivered);
            mail = insertId("""
                    INSERT INTO delivery (event_id, channel, notification, patron_id, organisation_id, school_id,
                                          ordering_key, status, next_attempt_at, created_at)
                    VALUES (?, 'EMAIL', 'RESERVATION_READY', ?, ?, ?, 'E:1', 'SKIPPED', now(), now()) RETURNING id""",
                    second, own.studentPatronId(), own.organisationId(), own.schoolId());
        }
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    @Test
    void eachRoleSeesTheDeliveriesOfItsOwnScope() {
        get(Tokens.login(own.admin()), "/api/deliveries?limit=200").statusCode(200)
                .body("items.id", hasItem((int) failed));
        get(Tokens.login(own.libraryStaff()), "/api/deliveries").statusCode(200)
                .body("items.id", hasItem((int) failed)).body("items.id", hasItem((int) mail));
        get(Tokens.login(other.libraryStaff()), "/api/deliveries").statusCode(200)
                .body("items.id", not(hasItem((int) failed)));
        // school staff: only the mails about their own school's students
        get(Tokens.login(own.schoolStaff()), "/api/deliveries").statusCode(200)
                .body("items.id", hasItem((int) mail)).body("items.channel", everyItem(equalTo("EMAIL")));
        get(Tokens.login(other.schoolStaff()), "/api/deliveries").statusCode(200)
                .body("items.id", not(hasItem((int) mail)));
        // a client: its own endpoints' deliveries only
        get(own.clientToken(), "/api/deliveries").statusCode(200).body("items.id", hasItem((int) failed))
                .body("items.endpointId", everyItem(equalTo((int) endpoint)));
        get(other.clientToken(), "/api/deliveries").statusCode(200).body("items.id", not(hasItem((int) failed)));
        get(Tokens.login(own.student()), "/api/deliveries").statusCode(403);
        given().when().get("/api/deliveries").then().statusCode(401);
    }

    @Test
    void filtersAndPagesNewestFirst() {
        String staff = Tokens.login(own.libraryStaff());
        get(staff, "/api/deliveries?status=FAILED").statusCode(200).body("items.status", everyItem(equalTo("FAILED")))
                .body("items.id", hasItem((int) failed));
        get(staff, "/api/deliveries?channel=EMAIL").statusCode(200).body("items.channel", everyItem(equalTo("EMAIL")));
        get(staff, "/api/deliveries?endpointId=" + endpoint).statusCode(200)
                .body("items.endpointUrl", everyItem(equalTo("https://sis.example/hook")));
        List<Integer> first = get(staff, "/api/deliveries?limit=1").statusCode(200).body("items", hasSize(1))
                .extract().path("items.id");
        Integer next = get(staff, "/api/deliveries?limit=1").extract().path("nextBefore");
        assertThat(next).isEqualTo(first.get(0));
        List<Integer> second = get(staff, "/api/deliveries?limit=1&before=" + next).statusCode(200)
                .extract().path("items.id");
        assertThat(second.get(0)).isLessThan(first.get(0));
        for (String bad : List.of("status=LOST", "channel=SMS", "limit=0", "limit=201", "before=-1", "endpointId=x")) {
            get(staff, "/api/deliveries?" + bad).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    void oneDeliveryHasItsAttempts() {
        get(Tokens.login(own.libraryStaff()), "/api/deliveries/" + failed).statusCode(200)
                .body("delivery.status", equalTo("FAILED")).body("delivery.lastError", equalTo("503 Unavailable"))
                .body("delivery.eventType", equalTo("LogTested"))
                .body("attemptLog", hasSize(1)).body("attemptLog[0].statusCode", equalTo(503))
                .body("attemptLog[0].succeeded", equalTo(false));
        get(Tokens.login(other.libraryStaff()), "/api/deliveries/" + failed).statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        get(Tokens.login(own.libraryStaff()), "/api/deliveries/999999999").statusCode(404);
    }

    @Test
    void aGivenUpDeliveryIsSentAgainByHandAndADeliveredOneIsNot() {
        String staff = Tokens.login(own.libraryStaff());
        long event = insertId("""
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, payload)
                VALUES (now(), 'LogTested', 'RESERVATION', 3, ?, '{}') RETURNING id""", own.organisationId());
        long failed = count("SELECT id FROM delivery WHERE event_id = ? AND endpoint_id = ?", event, endpoint);
        execute("UPDATE delivery SET status = 'FAILED', attempts = 8 WHERE id = ?", failed);
        execute("""
                INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, instance_id, duration_ms, succeeded)
                VALUES (?, 8, now(), 1, 12, false)""", failed);
        long events = count("SELECT count(*) FROM domain_event WHERE type = 'DeliveryRetried'");
        given().auth().oauth2(Tokens.login(other.libraryStaff())).when().post("/api/deliveries/" + failed + "/retry")
                .then().statusCode(404);
        given().auth().oauth2(staff).when().post("/api/deliveries/" + delivered + "/retry").then().statusCode(409)
                .body("code", equalTo("DELIVERY_NOT_RETRYABLE"));
        assertThat(string("SELECT status FROM delivery WHERE id = ?", delivered)).isEqualTo("DELIVERED");
        assertThat(count("SELECT count(*) FROM domain_event WHERE type = 'DeliveryRetried'")).isEqualTo(events);

        given().auth().oauth2(staff).when().post("/api/deliveries/" + failed + "/retry").then().statusCode(200)
                .body("delivery.status", equalTo("PENDING")).body("attemptLog", hasSize(1));
        assertThat(count("SELECT count(*) FROM domain_event WHERE type = 'DeliveryRetried' AND aggregate_id = ?", failed))
                .isEqualTo(1);
        given().auth().oauth2(staff).when().post("/api/deliveries/" + failed + "/retry").then().statusCode(409)
                .body("code", equalTo("DELIVERY_NOT_RETRYABLE"));
        execute("UPDATE delivery SET status = 'SKIPPED' WHERE id = ?", failed);
        given().auth().oauth2(Tokens.login(own.student())).when().post("/api/deliveries/" + failed + "/retry").then()
                .statusCode(403);
    }
}
