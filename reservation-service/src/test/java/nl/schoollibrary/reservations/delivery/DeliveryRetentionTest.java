package nl.schoollibrary.reservations.delivery;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.TestDatabase.count;
import static nl.schoollibrary.reservations.support.TestDatabase.execute;
import static nl.schoollibrary.reservations.support.TestDatabase.insertId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import org.junit.jupiter.api.Test;

/**
 * The delivery log keeps finished deliveries for reservation.notifications.finished-kept (90 days): older ones go
 * with their attempts, pending ones and recent ones stay.
 */
@QuarkusTest
class DeliveryRetentionTest {

    @Inject DeliveryRetention retention;

    @Test
    void finished_deliveries_past_the_retention_go_with_their_attempts_pending_and_recent_ones_stay() {
        Organisation org = Organisations.fresh();
        long oldDelivered = delivery(org, "DELIVERED", 91);
        long oldFailed = delivery(org, "FAILED", 120);
        long oldSkipped = delivery(org, "SKIPPED", 95);
        long oldPending = delivery(org, "PENDING", 200);
        long recentDelivered = delivery(org, "DELIVERED", 89);
        execute("""
                INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, instance_id, duration_ms, succeeded,
                                              status_code, error)
                VALUES (?, 1, now() - interval '120 days', 1, 12, false, 503, 'Unavailable')""", oldFailed);
        List<Long> old = List.of(oldDelivered, oldFailed, oldSkipped);

        assertThat(retention.run()).isGreaterThanOrEqualTo(3);

        assertThat(count("SELECT count(*) FROM delivery WHERE id = ANY(?)", (Object) old.toArray(Long[]::new)))
                .isZero();
        assertThat(count("SELECT count(*) FROM delivery_attempt WHERE delivery_id = ?", oldFailed)).isZero();
        assertThat(count("SELECT count(*) FROM delivery WHERE id IN (?, ?)", oldPending, recentDelivered))
                .isEqualTo(2);
        String admin = org.token(org.admin());
        given().auth().oauth2(admin).when().get("/api/deliveries?limit=200").then().statusCode(200)
                .body("items.id", hasItems((int) oldPending, (int) recentDelivered))
                .body("items.id", not(hasItems((int) oldDelivered)));
        assertThat(retention.run()).as("nothing more to delete").isZero();
    }

    /** A mail delivery (of an event of its own) in the organisation, created {@code daysAgo}. */
    private static long delivery(Organisation org, String status, int daysAgo) {
        long event = insertId("""
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id,
                                          payload)
                VALUES (now(), 'RetentionTested', 'RESERVATION', 1, ?, ?, '{}') RETURNING id""",
                org.organisationId(), org.schoolId());
        return insertId("""
                INSERT INTO delivery (event_id, channel, notification, organisation_id, ordering_key, status,
                                      next_attempt_at, created_at, delivered_at)
                VALUES (?, 'EMAIL', 'RESERVATION_READY', ?, 'R:1', ?, now() - make_interval(days => ?),
                        now() - make_interval(days => ?),
                        CASE WHEN ? = 'DELIVERED' THEN now() - make_interval(days => ?) END)
                RETURNING id""", event, org.organisationId(), status, daysAgo, daysAgo, status, daysAgo);
    }
}
