package nl.schoollibrary.reservations.webhook;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.webhook.WebhookEndpointApiTest.create;
import static nl.schoollibrary.reservations.webhook.WebhookEndpointApiTest.expectedSignature;
import static nl.schoollibrary.reservations.webhook.WebhookEndpointApiTest.patch;
import static nl.schoollibrary.reservations.webhook.WebhookEndpointApiTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.delivery.Dispatcher;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.support.Api;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks delivered end to end: an event of the outbox becomes a delivery (the trigger), the dispatcher sends it
 * through {@link WebhookChannel} to a receiver in the test JVM, signed with the endpoint's secret (checked here with
 * javax.crypto, without the service's code), retried after a failure, never to another tenant, not while paused.
 */
@QuarkusTest
class WebhookDeliveryApiTest extends WebhookTenantTest {

    private static final AtomicLong AGGREGATE = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Dispatcher dispatcher;
    @Inject EventOutbox outbox;
    @Inject Clock clock;

    @BeforeEach
    void sendWhatIsDue() {
        dispatcher.drain(); // what other tests left due goes first
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    private record Endpoint(long id, String path, String secret) {
    }

    private Endpoint endpoint(long clientId, String... types) {
        String path = WebhookReceiver.newPath();
        JsonPath created = create(admin, clientId, receiver.url(path), List.of(types)).statusCode(201)
                .extract().jsonPath();
        return new Endpoint(created.getLong("endpoint.id"), path, created.getString("secret"));
    }

    /** An event about a reservation of the tenant, written by the outbox as every use case does. */
    private long event(String type, Long schoolId) {
        long aggregate = AGGREGATE.incrementAndGet();
        outbox.tenantEvent(type, "RESERVATION", aggregate, org.organisationId(), schoolId, Map.of("note", "test"));
        return TestDatabase.count("SELECT id FROM domain_event WHERE aggregate_id = ? AND type = ?", aggregate, type);
    }

    private static void assertSigned(WebhookReceiver.Received call, String secret) throws Exception {
        assertThat(call.header("webhook-signature")).isEqualTo(expectedSignature(secret, call.header("webhook-id"),
                call.header("webhook-timestamp"), call.body()));
    }

    private long deliveryOf(long eventId, long endpointId) {
        return TestDatabase.count("SELECT id FROM delivery WHERE event_id = ? AND endpoint_id = ?", eventId, endpointId);
    }

    private static String status(long delivery) {
        return TestDatabase.string("SELECT status FROM delivery WHERE id = ?", delivery);
    }

    @Test
    void a_check_in_that_makes_a_reservation_ready_is_delivered_once_signed_with_the_clients_secret() throws Exception {
        Clients.Client schoolClient = Clients.ofSchool(org.schoolId(), "events:read");
        Endpoint endpoint = endpoint(clientRowId(schoolClient.clientId()), "ReservationReady");
        long title = Builders.title("Webhook klaar");
        String barcode = Builders.shelvedCopy(title, org.schoolLibraryId(), "WEBHOOK", "ON_LOAN");
        TestDatabase.execute("INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date) SELECT id, ?,"
                + " ?, now() - interval '3 days', current_date + 7 FROM copy WHERE barcode = ?", org.borrowerPatronId(),
                org.schoolLibraryId(), barcode);
        long reservation = Api.placed(Builders.student(org.schoolId()).token(), title, org.schoolLibraryId());

        Api.checkIn(Tokens.login(org.schoolStaff()), barcode).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"));
        long event = TestDatabase.count("SELECT id FROM domain_event WHERE type = 'ReservationReady' AND aggregate_id"
                + " = ?", reservation);
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery WHERE endpoint_id = ?", endpoint.id()))
                .isEqualTo(1);
        dispatcher.drain();
        dispatcher.drain();

        List<WebhookReceiver.Received> calls = receiver.received(endpoint.path());
        assertThat(calls).hasSize(1);
        WebhookReceiver.Received call = calls.get(0);
        assertThat(call.header("webhook-id")).isEqualTo("evt_" + event);
        assertThat(call.header("content-type")).isEqualTo("application/json");
        assertThat(call.header("user-agent")).isEqualTo("schoolbieb-webhooks/1");
        assertSigned(call, endpoint.secret());
        assertThat(call.body()).startsWith("{\"type\":\"ReservationReady\",\"timestamp\":\"");

        // data is the event exactly as the client's feed shows it.
        JsonNode body = JSON.readTree(call.body());
        JsonNode feedItem = JSON.readTree(given().auth().oauth2(schoolClient.token()).queryParam("after", event - 1)
                .queryParam("limit", 1).when().get("/api/events").then().statusCode(200).extract().asString())
                .get("items").get(0);
        assertThat(body.get("data")).isEqualTo(feedItem);
        assertThat(body.get("timestamp")).isEqualTo(feedItem.get("occurredAt"));
        assertThat(body.get("data").get("aggregateId").asLong()).isEqualTo(reservation);
        assertThat(call.body()).doesNotContain(endpoint.secret().substring(6));

        long delivery = deliveryOf(event, endpoint.id());
        assertThat(status(delivery)).isEqualTo("DELIVERED");
        assertThat(TestDatabase.string("SELECT succeeded || ' ' || status_code FROM delivery_attempt WHERE delivery_id"
                + " = ?", delivery)).isEqualTo("true 200");
    }

    @Test
    void a_receiver_that_fails_once_gets_the_retry_after_the_backoff_and_the_delivery_exactly_once() throws Exception {
        Endpoint endpoint = endpoint(orgClient, "ReservationPlaced");
        receiver.answer(endpoint.path(), 500);
        long event = event("ReservationPlaced", org.schoolId());
        long delivery = deliveryOf(event, endpoint.id());

        dispatcher.drain();
        assertThat(receiver.received(endpoint.path())).hasSize(1);
        assertThat(status(delivery)).isEqualTo("PENDING");
        assertThat(TestDatabase.string("SELECT last_error FROM delivery WHERE id = ?", delivery)).isEqualTo("HTTP 500");
        dispatcher.drain(); // the first retry waits 5 seconds
        assertThat(receiver.received(endpoint.path())).hasSize(1);

        ((MovableClock) clock).advance(Duration.ofSeconds(6));
        dispatcher.drain();
        dispatcher.drain();
        List<WebhookReceiver.Received> calls = receiver.received(endpoint.path());
        assertThat(calls).hasSize(2);
        assertThat(status(delivery)).isEqualTo("DELIVERED");
        // The same webhook-id on every attempt (the receiver's idempotency key), each signed with its own timestamp.
        assertThat(calls).extracting(c -> c.header("webhook-id")).containsOnly("evt_" + event);
        assertThat(Long.parseLong(calls.get(1).header("webhook-timestamp")))
                .isGreaterThanOrEqualTo(Long.parseLong(calls.get(0).header("webhook-timestamp")) + 5);
        for (WebhookReceiver.Received call : calls) {
            assertSigned(call, endpoint.secret());
        }
        assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
        assertThat(TestDatabase.string("SELECT string_agg(succeeded || ':' || status_code, ' ' ORDER BY attempt) FROM"
                + " delivery_attempt WHERE delivery_id = ?", delivery)).isEqualTo("false:500 true:200");
        WebhookEndpointApiTest.list(admin, orgClient).statusCode(200)
                .body("find { it.id == " + endpoint.id() + " }.consecutiveFailures", equalTo(0))
                .body("find { it.id == " + endpoint.id() + " }.pendingDeliveries", equalTo(0));
    }

    @Test
    void a_schools_client_gets_only_its_schools_events_and_the_organisations_client_those_of_all_its_schools() {
        long otherSchool = TestDatabase.insertId("INSERT INTO school (organisation_id, brin, name) VALUES (?, ?, ?)"
                + " RETURNING id", org.organisationId(), String.format("%02dWH%02d", AGGREGATE.get() % 100,
                (AGGREGATE.get() / 100) % 100), "Andere school");
        Endpoint ofSchool = endpoint(clientRowId(Clients.ofSchool(org.schoolId(), "events:read").clientId()),
                "ReservationPlaced", "LoanCreated");
        Endpoint ofOtherSchool = endpoint(clientRowId(Clients.ofSchool(otherSchool, "events:read").clientId()),
                "ReservationPlaced", "LoanCreated");
        Endpoint ofOrganisation = endpoint(orgClient, "ReservationPlaced", "LoanCreated");
        Endpoint elsewhere = endpoint(clientRowId(Clients.ofSchool(Fixtures.world().schoolId(), "events:read")
                .clientId()), "ReservationPlaced", "LoanCreated");

        long here = event("ReservationPlaced", org.schoolId());
        long there = event("LoanCreated", otherSchool);
        long organisationOnly = event("ReservationPlaced", null);
        long notSubscribed = event("ReservationExpired", org.schoolId());
        dispatcher.drain();

        assertThat(ids(ofSchool)).containsExactly("evt_" + here);
        assertThat(ids(ofOtherSchool)).containsExactly("evt_" + there);
        assertThat(ids(ofOrganisation)).containsExactlyInAnyOrder("evt_" + here, "evt_" + there,
                "evt_" + organisationOnly);
        assertThat(ids(elsewhere)).isEmpty();
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery WHERE event_id = ?", notSubscribed)).isZero();
    }

    private List<String> ids(Endpoint endpoint) {
        return receiver.received(endpoint.path()).stream().map(c -> c.header("webhook-id")).toList();
    }

    @Test
    void an_endpoint_paused_after_ten_failures_in_a_row_is_not_called_until_it_is_resumed() throws Exception {
        Endpoint endpoint = endpoint(orgClient, "ReservationCancelled");
        receiver.answer(endpoint.path(), 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
        for (int i = 0; i < 10; i++) {
            event("ReservationCancelled", org.schoolId());
        }
        dispatcher.drain();
        assertThat(receiver.received(endpoint.path())).hasSize(10);
        WebhookEndpointApiTest.list(admin, orgClient).statusCode(200)
                .body("find { it.id == " + endpoint.id() + " }.pausedAt", notNullValue())
                .body("find { it.id == " + endpoint.id() + " }.consecutiveFailures", equalTo(10))
                .body("find { it.id == " + endpoint.id() + " }.pendingDeliveries", equalTo(10));

        long later = event("ReservationCancelled", org.schoolId());
        ((MovableClock) clock).advance(Duration.ofHours(1));
        dispatcher.drain();
        assertThat(receiver.received(endpoint.path())).hasSize(10); // paused: nothing is called

        post(admin, endpoint.id(), "resume").statusCode(200).body("pausedAt", nullValue())
                .body("consecutiveFailures", equalTo(0)).body("pendingDeliveries", equalTo(11));
        dispatcher.drain();
        List<WebhookReceiver.Received> calls = receiver.received(endpoint.path());
        assertThat(calls).hasSize(21);
        assertThat(calls.subList(10, 21)).extracting(c -> c.header("webhook-id")).contains("evt_" + later);
        assertSigned(calls.get(20), endpoint.secret());
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery WHERE endpoint_id = ? AND status = 'DELIVERED'",
                endpoint.id())).isEqualTo(11);
    }

    @Test
    void a_deactivated_endpoint_is_not_called_and_its_pending_deliveries_are_skipped() {
        Endpoint endpoint = endpoint(orgClient, "LoanReturned");
        long event = event("LoanReturned", org.schoolId());
        patch(admin, endpoint.id(), Map.of("active", false)).statusCode(200);
        long after = event("LoanReturned", org.schoolId());
        dispatcher.drain();
        assertThat(receiver.received(endpoint.path())).isEmpty();
        assertThat(status(deliveryOf(event, endpoint.id()))).isEqualTo("SKIPPED");
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery WHERE event_id = ?", after)).isZero();

        // A rotated secret signs from the next call on; the old one no longer verifies.
        patch(admin, endpoint.id(), Map.of("active", true)).statusCode(200);
        String secret = post(admin, endpoint.id(), "rotate-secret").statusCode(200).extract().path("secret");
        event("LoanReturned", org.schoolId());
        dispatcher.drain();
        WebhookReceiver.Received call = receiver.received(endpoint.path()).get(0);
        assertThat(WebhookSignature.verify(secret, call.header("webhook-id"),
                Long.parseLong(call.header("webhook-timestamp")), call.body(), call.header("webhook-signature")))
                .isTrue();
        assertThat(WebhookSignature.verify(endpoint.secret(), call.header("webhook-id"),
                Long.parseLong(call.header("webhook-timestamp")), call.body(), call.header("webhook-signature")))
                .isFalse();
    }

    @Test
    void the_pending_deliveries_of_a_disabled_client_are_skipped_and_it_gets_no_new_ones() {
        Clients.Client client = Clients.ofSchool(org.schoolId(), "events:read");
        long clientId = clientRowId(client.clientId());
        Endpoint endpoint = endpoint(clientId, "LoanCreated");
        long pending = event("LoanCreated", org.schoolId());
        given().auth().oauth2(admin).when().post("/api/integration-clients/{id}/disable", clientId).then()
                .statusCode(200);
        long after = event("LoanCreated", org.schoolId());
        dispatcher.drain();
        assertThat(receiver.received(endpoint.path())).isEmpty();
        assertThat(status(deliveryOf(pending, endpoint.id()))).isEqualTo("SKIPPED");
        assertThat(TestDatabase.string("SELECT last_error FROM delivery WHERE id = ?", deliveryOf(pending,
                endpoint.id()))).isEqualTo("endpoint deactivated");
        assertThat(TestDatabase.count("SELECT count(*) FROM delivery WHERE event_id = ?", after)).isZero();
    }
}
