package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.schoollibrary.reservations.common.IdempotencyKeys;
import nl.schoollibrary.reservations.common.database.ServiceInstance;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: an Idempotency-Key retry returns the first result; the same key with another body is refused. A key left
 * unfinished by a request that stopped (its instance killed mid-request) is taken over by the retry, which then does
 * the work once; a key claimed by a running instance stays "in progress" until its claim is older than the timeout.
 * A crash is simulated by writing the claim the killed request would have left: unfinished, owned by an instance id
 * that no running instance holds (or by one a test connection holds, for a live instance).
 */
@QuarkusTest
class IdempotencyApiTest {

    private static final String PLACE = "/api/reservations";

    @Inject
    IdempotencyKeys keys;

    @Test
    void a_retried_placement_returns_the_same_reservation_and_places_nothing_more() {
        Fixtures.World w = Fixtures.world();
        Builders.Reservable r = Builders.reservableAtSchool("Idempotent");
        Builders.Student s = r.student();
        String token = s.token();
        Map<String, Object> body = Map.of("titleId", r.titleId(), "pickupLocationId", r.pickupLocationId());
        int first = given().auth().oauth2(token).header("Idempotency-Key", "k-123").contentType(ContentType.JSON)
                .body(body).when().post("/api/reservations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header("Idempotency-Key", "k-123").contentType(ContentType.JSON).body(body)
                .when().post("/api/reservations").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", s.patronId())).isEqualTo(1);
        given().auth().oauth2(token).header("Idempotency-Key", "k-123").contentType(ContentType.JSON)
                .body(Map.of("titleId", w.dolfjeId(), "pickupLocationId", w.schoolLibraryId()))
                .when().post("/api/reservations").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        // Without a key, a second placement is the duplicate it is.
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/reservations")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_RESERVATION"));
    }

    @Test
    void a_retry_after_the_service_stopped_before_the_work_takes_the_key_over_and_places_once() {
        Placement p = placement("crash-before");
        int deadOwner = unusedInstanceId();
        leaveUnfinishedClaim(p, deadOwner, "now()");
        int id = retry(p).statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        assertThat(reservations(p)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM idempotency_key WHERE key = ? AND status = 201"
                + " AND owner_id <> ?", p.key(), deadOwner)).isEqualTo(1);
        retry(p).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(reservations(p)).isEqualTo(1);
    }

    @Test
    void a_retry_after_the_service_stopped_between_the_work_and_its_answer_gets_the_reservation_placed_then() {
        Placement p = placement("crash-after");
        int id = retry(p).statusCode(201).extract().path("id");
        // Killed after the commit, before the answer was written: the claim is still unfinished.
        TestDatabase.execute("UPDATE idempotency_key SET status = NULL, response = NULL, owner_id = ?, claimed_at = now()"
                + " WHERE key = ?", unusedInstanceId(), p.key());
        retry(p).statusCode(201).header("Idempotent-Replayed", "true").header("Location", "/api/reservations/" + id)
                .body("id", equalTo(id)).body("status", equalTo("WAITING"));
        assertThat(reservations(p)).isEqualTo(1);
        retry(p).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
    }

    @Test
    void a_key_claimed_by_a_running_instance_stays_in_progress_until_its_claim_is_older_than_the_timeout()
            throws SQLException {
        Placement p = placement("live-owner");
        int liveOwner = unusedInstanceId();
        try (Connection otherInstance = TestDatabase.connect(); Statement s = otherInstance.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + ServiceInstance.LOCK_CLASS + ", " + liveOwner + ")");
            leaveUnfinishedClaim(p, liveOwner, "now()");
            retry(p).statusCode(409).body("code", equalTo("CONFLICT"));
            assertThat(reservations(p)).isZero();
            // The in-progress timeout (1 minute) has passed: the request that claimed it ended without an answer.
            TestDatabase.execute("UPDATE idempotency_key SET claimed_at = now() - interval '2 minutes' WHERE key = ?",
                    p.key());
            retry(p).statusCode(201);
            assertThat(reservations(p)).isEqualTo(1);
        }
    }

    @Test
    void the_same_key_with_another_body_is_refused_even_when_the_instance_that_claimed_it_stopped() {
        Placement p = placement("crash-reused");
        int deadOwner = unusedInstanceId();
        leaveUnfinishedClaim(p, deadOwner, "now()");
        String other = "{\"titleId\":" + Fixtures.world().dolfjeId() + ",\"pickupLocationId\":" + p.pickup() + "}";
        given().auth().oauth2(p.token()).header("Idempotency-Key", p.key()).contentType(ContentType.JSON).body(other)
                .when().post(PLACE).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(TestDatabase.count("SELECT count(*) FROM idempotency_key WHERE key = ? AND owner_id = ?"
                + " AND status IS NULL", p.key(), deadOwner)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", p.patronId())).isZero();
    }

    @Test
    void a_request_running_for_a_while_renews_its_claim_so_no_retry_takes_it_over() {
        String actor = "renewal-test/STUDENT";
        IdempotencyKeys.Outcome first = keys.claim(actor, "renew-1", "POST", PLACE, "h".repeat(64));
        assertThat(first.claim()).isNotNull();
        try {
            TestDatabase.execute("UPDATE idempotency_key SET claimed_at = now() - interval '10 minutes'"
                    + " WHERE actor = ? AND key = 'renew-1'", actor);
            keys.renew(Duration.ZERO);
            assertThat(TestDatabase.count("SELECT count(*) FROM idempotency_key WHERE actor = ? AND key = 'renew-1'"
                    + " AND claimed_at > now() - interval '30 seconds'", actor)).isEqualTo(1);
            IdempotencyKeys.Outcome retry = keys.claim(actor, "renew-1", "POST", PLACE, "h".repeat(64));
            assertThat(retry.claim()).isNull();
            assertThat(retry.inProgress()).isTrue();
        } finally {
            keys.ended(first.claim());
            TestDatabase.execute("DELETE FROM idempotency_key WHERE actor = ?", actor);
        }
    }

    @Test
    void the_running_service_holds_its_instance_lock() {
        assertThat(TestDatabase.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ?::oid"
                + " AND objsubid = 2 AND granted", ServiceInstance.LOCK_CLASS)).isGreaterThanOrEqualTo(1);
    }

    /** A student who can place one reservation, the body as sent, and a key of its own. */
    private record Placement(String token, long patronId, String actor, String key, long pickup, String body) {
    }

    private static Placement placement(String name) {
        Builders.Reservable r = Builders.reservableAtSchool("Crash " + name);
        Builders.Student s = r.student();
        String body = "{\"titleId\":" + r.titleId() + ",\"pickupLocationId\":" + r.pickupLocationId() + "}";
        return new Placement(s.token(), s.patronId(), s.username() + "/STUDENT", name + "-" + UUID.randomUUID(),
                r.pickupLocationId(), body);
    }

    private static ValidatableResponse retry(Placement p) {
        return given().auth().oauth2(p.token()).header("Idempotency-Key", p.key()).contentType(ContentType.JSON)
                .body(p.body()).when().post(PLACE).then();
    }

    /** The claim a request killed before it answered leaves: no status, its owner's id, when it was claimed. */
    private static void leaveUnfinishedClaim(Placement p, int owner, String claimedAt) {
        TestDatabase.execute("INSERT INTO idempotency_key (actor, key, method, path, request_hash, created_at, owner_id,"
                + " claim_token, claimed_at) VALUES (?, ?, 'POST', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'),"
                + " now(), ?, 42, " + claimedAt + ")", p.actor(), p.key(), PLACE, "POST " + PLACE + "\n" + p.body(),
                owner);
    }

    /** An instance id no running instance holds: what a killed instance leaves behind. */
    private static int unusedInstanceId() {
        return (int) TestDatabase.count("SELECT nextval('service_instance_seq')");
    }

    private static long reservations(Placement p) {
        return TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ? AND status = 'WAITING'",
                p.patronId());
    }
}
