package nl.schoollibrary.reservations.copy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Two staff members reserve the same copy at the same moment, each for another student: one gets the copy (201),
 * the other a 409 CONFLICT, and the copy carries one active copy reservation: ready, with the copy on the hold shelf
 * where it stood, when it was on the shelf; waiting, with the copy unchanged, when it was on loan.
 */
@QuarkusTest
class CopyReservationTogetherApiTest {

    private static final int ROUNDS = 6;

    @Test
    void two_staff_reserving_one_copy_at_once_get_one_reservation_and_one_conflict() throws Exception {
        Fixtures.World w = Fixtures.world();
        List<String> desks = List.of(Tokens.login("test.bieb"), Tokens.login("test.bieb"));
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long title = Builders.title("Samen gereserveerd");
                boolean onShelf = round % 2 == 0;
                String copy = Builders.copy(title, w.branchId(), onShelf ? "ON_SHELF" : "ON_LOAN");
                long copyVersion = TestDatabase.count("SELECT version FROM copy WHERE barcode = ?", copy);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (String desk : desks) {
                    long patron = Builders.student(w.schoolId()).patronId();
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().auth().oauth2(desk).contentType(ContentType.JSON)
                                .body(Map.of("patronId", patron)).post("/api/copies/{barcode}/reservations", copy);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response response = answer.get(1, TimeUnit.MINUTES);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertThat(response.jsonPath().getString("code")).isEqualTo("CONFLICT");
                        assertThat(response.jsonPath().getString("detail"))
                                .isEqualTo("This copy already has an active copy reservation.");
                    }
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
                assertThat(TestDatabase.count("SELECT count(*) FROM reservation r JOIN copy c"
                        + " ON c.id = r.requested_copy_id WHERE c.barcode = ? AND r.kind = 'COPY' AND r.status = ?"
                        + " AND (r.assigned_copy_id IS NOT DISTINCT FROM c.id) = ?", copy, onShelf ? "READY" : "WAITING", onShelf))
                        .as("one active copy reservation").isEqualTo(1);
                assertThat(TestDatabase.count("SELECT count(*) FROM reservation r JOIN copy c"
                        + " ON c.id = r.requested_copy_id WHERE c.barcode = ?", copy))
                        .as("the refused one left no row").isEqualTo(1);
                assertThat(TestDatabase.count("SELECT count(*) FROM copy WHERE barcode = ? AND status = ?"
                        + " AND current_location_id = ? AND transit_to_location_id IS NULL AND version = ?",
                        copy, onShelf ? "ON_HOLD_SHELF" : "ON_LOAN", w.branchId(), copyVersion + (onShelf ? 1 : 0)))
                        .as("on the hold shelf where it stood, or unchanged").isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
