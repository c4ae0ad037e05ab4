package nl.schoollibrary.reservations.delivery;

import static nl.schoollibrary.reservations.support.TestDatabase.count;
import static nl.schoollibrary.reservations.support.TestDatabase.execute;
import static nl.schoollibrary.reservations.support.TestDatabase.insertId;
import static nl.schoollibrary.reservations.support.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.common.database.ServiceInstance;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher on the real database, with a recording sender in place of the webhook channel: deliveries derived
 * by the outbox trigger, each sent once (also with two dispatchers at once), in order per reservation, retried on the
 * schedule and given up after it, an endpoint paused after failures in a row, and a stopped instance's claim taken
 * over while a running one's is left alone.
 */
@QuarkusTest
class DispatcherTest {

    @Inject Dispatcher dispatcher;
    @Inject Clock clock;
    @Inject ServiceInstance instance;

    private Recorder recorder;
    private DeliveryChannel replaced;
    private static Organisation org;
    private long endpoint;

    /** Sends nothing; counts every call per delivery and answers what the test says. */
    static final class Recorder implements DeliveryChannel {
        final Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();
        final List<Long> order = Collections.synchronizedList(new ArrayList<>());
        volatile Function<ClaimedDelivery, Outcome> answer = d -> Outcome.delivered(200);

        @Override
        public String channel() {
            return "WEBHOOK";
        }

        @Override
        public Outcome send(ClaimedDelivery delivery) {
            calls.computeIfAbsent(delivery.id(), k -> new AtomicInteger()).incrementAndGet();
            order.add(delivery.id());
            return answer.apply(delivery);
        }
    }

    @BeforeEach
    void setUp() {
        synchronized (DispatcherTest.class) {
            if (org == null) {
                org = Organisations.fresh();
            }
        }
        dispatcher.drain(); // what other tests left due goes first, to their own channels
        recorder = new Recorder();
        replaced = dispatcher.replaceChannel(recorder);
        long client = insertId("SELECT id FROM integration_client WHERE client_id = ?", org.clientId());
        endpoint = insertId("""
                INSERT INTO webhook_endpoint (client_id, url, event_types, secret, created_at, created_by)
                VALUES (?, 'https://receiver.example/hook', '{TestHappened}', 'whsec_dGVzdA==', now(), 'test')
                RETURNING id""", client);
    }

    @AfterEach
    void tearDown() {
        execute("UPDATE webhook_endpoint SET active = false WHERE id = ?", endpoint);
        execute("UPDATE delivery SET status = 'SKIPPED' WHERE endpoint_id = ? AND status = 'PENDING'", endpoint);
        if (replaced != null) {
            dispatcher.replaceChannel(replaced);
        }
        ((MovableClock) clock).reset();
    }

    /** Writes an event of the organisation about aggregate {@code aggregateId}: the trigger derives the delivery. */
    private long event(long aggregateId) {
        return insertId("""
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, payload)
                VALUES (?, 'TestHappened', 'RESERVATION', ?, ?, '{}') RETURNING id""",
                java.sql.Timestamp.from(clock.instant()), aggregateId, org.organisationId());
    }

    private long deliveryOf(long eventId) {
        return count("SELECT id FROM delivery WHERE event_id = ? AND endpoint_id = ?", eventId, endpoint);
    }

    @Test
    void anEventOfTheEndpointsTenantAndTypeBecomesOneDeliverySentOnce() {
        long event = event(1);
        insertId("""
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, payload)
                VALUES (now(), 'SomethingElse', 'RESERVATION', 1, ?, '{}') RETURNING id""", org.organisationId());
        insertId("""
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, payload)
                VALUES (now(), 'TestHappened', 'RESERVATION', 1, ?, '{}') RETURNING id""", org.organisationId() + 100000);
        assertThat(count("SELECT count(*) FROM delivery WHERE endpoint_id = ?", endpoint)).isEqualTo(1);
        long delivery = deliveryOf(event);

        dispatcher.drain();
        dispatcher.drain();

        assertThat(recorder.calls.get(delivery).get()).isEqualTo(1);
        assertThat(string("SELECT status FROM delivery WHERE id = ?", delivery)).isEqualTo("DELIVERED");
        assertThat(count("SELECT count(*) FROM delivery_attempt WHERE delivery_id = ? AND succeeded", delivery))
                .isEqualTo(1);
    }

    @Test
    void aFailureIsRetriedAfterTheBackoffAndGivenUpAfterTheLastOfTheSchedule() {
        recorder.answer = d -> Outcome.retry(500, "Internal Server Error");
        long delivery = deliveryOf(event(2));

        dispatcher.drain();
        assertThat(recorder.calls.get(delivery).get()).isEqualTo(1);
        assertThat(string("SELECT status FROM delivery WHERE id = ?", delivery)).isEqualTo("PENDING");
        dispatcher.drain(); // not due yet: the first retry waits 5 seconds
        assertThat(recorder.calls.get(delivery).get()).isEqualTo(1);

        ((MovableClock) clock).advance(Duration.ofSeconds(6));
        recorder.answer = d -> Outcome.delivered(204);
        dispatcher.drain();
        assertThat(recorder.calls.get(delivery).get()).isEqualTo(2);
        assertThat(string("SELECT status FROM delivery WHERE id = ?", delivery)).isEqualTo("DELIVERED");
        assertThat(count("SELECT consecutive_failures FROM webhook_endpoint WHERE id = ?", endpoint)).isZero();

        recorder.answer = d -> Outcome.retry(503, "Unavailable");
        long doomed = deliveryOf(event(3));
        for (int i = 0; i < 12; i++) {
            dispatcher.drain();
            ((MovableClock) clock).advance(Duration.ofHours(11));
        }
        assertThat(recorder.calls.get(doomed).get()).isEqualTo(8); // the first + the 7 retries of the schedule
        assertThat(string("SELECT status FROM delivery WHERE id = ?", doomed)).isEqualTo("FAILED");
        assertThat(string("SELECT last_error FROM delivery WHERE id = ?", doomed)).isEqualTo("Unavailable");
    }

    @Test
    void anEndpointIsPausedAfterTenFailuresInARowAndItsDeliveriesWaitUntilItIsResumed() {
        recorder.answer = d -> Outcome.retry(null, "Connection refused");
        List<Long> deliveries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            deliveries.add(deliveryOf(event(100 + i)));
        }
        dispatcher.drain(); // one batch: all twelve were claimed before the tenth failure paused the endpoint
        assertThat(recorder.order).hasSize(12);
        assertThat(string("SELECT paused_at IS NOT NULL FROM webhook_endpoint WHERE id = ?", endpoint)).isEqualTo("t");
        assertThat(string("SELECT pause_reason FROM webhook_endpoint WHERE id = ?", endpoint))
                .isEqualTo("10 failed attempts in a row; the last: Connection refused");

        ((MovableClock) clock).advance(Duration.ofMinutes(1));
        dispatcher.drain();
        assertThat(recorder.order).hasSize(12); // paused: the due retries are not tried

        execute("UPDATE webhook_endpoint SET paused_at = NULL, consecutive_failures = 0 WHERE id = ?", endpoint);
        recorder.answer = d -> Outcome.delivered(200);
        dispatcher.drain();
        assertThat(count("SELECT count(*) FROM delivery WHERE endpoint_id = ? AND status = 'DELIVERED'", endpoint))
                .isEqualTo(12);
    }

    @Test
    void oneReservationsDeliveriesGoOutInOrderEvenWhenTheFirstFailsOnce() {
        AtomicInteger first = new AtomicInteger();
        long a = deliveryOf(event(500));
        long b = deliveryOf(event(500));
        long c = deliveryOf(event(501));
        recorder.answer = d -> d.id() == a && first.getAndIncrement() == 0 ? Outcome.retry(500, "no") : Outcome.delivered(200);

        dispatcher.drain();
        assertThat(recorder.order).containsExactlyInAnyOrder(a, c); // b waits for a
        ((MovableClock) clock).advance(Duration.ofSeconds(6));
        dispatcher.drain();
        assertThat(recorder.order.subList(2, 4)).containsExactly(a, b);
    }

    @Test
    void aClaimOfAStoppedInstanceIsTakenOverAtOnceAndOneOfARunningInstanceIsLeftAlone() {
        long orphan = deliveryOf(event(600));
        long held = deliveryOf(event(601));
        execute("UPDATE delivery SET claimed_by = 999999, claimed_at = now() WHERE id = ?", orphan);
        execute("UPDATE delivery SET claimed_by = ?, claimed_at = now() WHERE id = ?", instance.id(), held);

        dispatcher.drain();

        assertThat(recorder.calls).containsOnlyKeys(orphan);
        execute("UPDATE delivery SET claimed_at = now() - interval '3 minutes' WHERE id = ?", held);
        dispatcher.drain();
        assertThat(recorder.calls).containsOnlyKeys(orphan, held); // the lease ran out
    }

    @Test
    void twoDispatchersAtOnceSendEachOfFiveHundredDeliveriesExactlyOnce() throws Exception {
        recorder.answer = d -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Outcome.delivered(200);
        };
        execute("""
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, payload)
                SELECT ?, 'TestHappened', 'RESERVATION', 10000 + g, ?, '{}' FROM generate_series(1, 500) g""",
                java.sql.Timestamp.from(clock.instant()), org.organisationId());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> drains = List.of(dispatcher::drain, dispatcher::drain);
            int sent = 0;
            for (Future<Integer> f : two.invokeAll(drains)) {
                sent += f.get();
            }
            assertThat(sent).isEqualTo(500);
        } finally {
            two.shutdown();
        }
        assertThat(recorder.calls).hasSize(500);
        assertThat(recorder.calls.values()).allMatch(n -> n.get() == 1);
        assertThat(count("SELECT count(*) FROM delivery WHERE endpoint_id = ? AND status = 'DELIVERED'", endpoint))
                .isEqualTo(500);
    }
}
