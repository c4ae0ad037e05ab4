package nl.schoollibrary.reservations.circulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The invariants under load: many threads place, cancel, check in and check out copies of the same few titles at once,
 * through the API with real transactions. Afterwards no copy fills two reservations, no patron holds two of one
 * title, no placed reservation is lost, and every capture took the first reservation that was waiting at that moment.
 */
@QuarkusTest
class ConcurrencyApiTest {

    private static final int THREADS = 16;
    private static final int OPERATIONS = 2400;

    @Test
    void concurrent_placements_cancellations_check_ins_and_check_outs_keep_every_invariant() throws Exception {
        Builders.School school = Builders.school(true, false, false, 3);
        List<Long> titles = new ArrayList<>();
        List<String> barcodes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long title = Builders.title("Druk");
            titles.add(title);
            for (int c = 0; c < 3; c++) {
                barcodes.add(Builders.copy(title, school.libraryId(), "ON_LOAN"));
            }
        }
        List<Builders.Student> students = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int s = 0; s < 24; s++) {
            Builders.Student student = Builders.student(school.schoolId());
            students.add(student);
            tokens.add(student.token());
        }
        String desk = Tokens.login(school.staffUsername());

        Set<Long> placed = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> serverErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger remaining = new AtomicInteger(OPERATIONS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            Random random = new Random(thread);
            futures.add(pool.submit(() -> {
                while (remaining.decrementAndGet() >= 0) {
                    int op = random.nextInt(100);
                    int s = random.nextInt(students.size());
                    Response response;
                    if (op < 45) {
                        long title = titles.get(random.nextInt(titles.size()));
                        response = given().auth().oauth2(tokens.get(s)).contentType(ContentType.JSON)
                                .body(Map.of("titleId", title, "pickupLocationId", school.libraryId()))
                                .post("/api/reservations");
                        if (response.statusCode() == 201) {
                            placed.add(response.jsonPath().getLong("id"));
                        }
                    } else if (op < 60) {
                        List<Integer> mine = given().auth().oauth2(tokens.get(s)).get("/api/me/reservations")
                                .jsonPath().getList("school.id");
                        if (mine == null || mine.isEmpty()) {
                            continue;
                        }
                        response = given().auth().oauth2(tokens.get(s)).contentType(ContentType.JSON).body(Map.of())
                                .post("/api/reservations/{id}/cancel", mine.get(random.nextInt(mine.size())));
                    } else if (op < 85) {
                        response = given().auth().oauth2(desk).contentType(ContentType.JSON)
                                .body(Map.of("barcode", barcodes.get(random.nextInt(barcodes.size()))))
                                .post("/api/checkins");
                    } else {
                        String barcode = barcodes.get(random.nextInt(barcodes.size()));
                        String holder = TestDatabase.string("SELECT r.patron_id::text FROM reservation r JOIN copy c"
                                + " ON c.id = r.assigned_copy_id WHERE c.barcode = ? AND r.status = 'READY'", barcode);
                        long patron = holder != null ? Long.parseLong(holder)
                                : students.get(s).patronId();
                        response = given().auth().oauth2(desk).contentType(ContentType.JSON)
                                .body(Map.of("barcode", barcode, "patronId", patron)).post("/api/checkouts");
                    }
                    statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() >= 500) {
                        serverErrors.add(response.asString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(serverErrors).as("no 5xx under concurrency").isEmpty();
        assertThat(statuses).as("every kind of answer happened: %s", statuses).containsKeys(200, 201);
        String titleList = titles.toString().replace('[', '(').replace(']', ')');
        assertThat(TestDatabase.count("SELECT count(*) FROM (SELECT assigned_copy_id FROM reservation"
                + " WHERE status IN ('IN_TRANSIT', 'READY') GROUP BY assigned_copy_id HAVING count(*) > 1) d"))
                .as("no copy fills two reservations").isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM (SELECT patron_id, title_id FROM reservation"
                + " WHERE kind = 'TITLE' AND status IN ('WAITING', 'IN_TRANSIT', 'READY')"
                + " GROUP BY patron_id, title_id HAVING count(*) > 1) d")).as("no patron holds two of one title").isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE title_id IN " + titleList))
                .as("every placed reservation is stored, none lost, none extra").isEqualTo(placed.size());
        assertThat(TestDatabase.count("SELECT count(*) FROM copy c WHERE c.status = 'ON_HOLD_SHELF' AND c.title_id IN "
                + titleList + " AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.assigned_copy_id = c.id)"))
                .as("no copy on the hold shelf without a reservation that put it there").isZero();
        long captures = TestDatabase.count("SELECT count(*) FROM reservation WHERE captured_at IS NOT NULL AND title_id IN "
                + titleList);
        assertThat(captures).as("the run exercised capture").isGreaterThan(10);
        // Every capture took the first waiting reservation: none placed earlier in the queue was still waiting then.
        assertThat(TestDatabase.count("""
                SELECT count(*) FROM reservation r JOIN reservation earlier
                  ON earlier.title_id = r.title_id AND earlier.id <> r.id AND earlier.queue_seq < r.queue_seq
                 WHERE r.captured_at IS NOT NULL AND r.title_id IN""" + " " + titleList + """
                   AND earlier.placed_at < r.captured_at
                   AND (earlier.captured_at IS NULL OR earlier.captured_at > r.captured_at)
                   AND (earlier.closed_at IS NULL OR earlier.closed_at > r.captured_at)"""))
                .as("every captured reservation was the first eligible one").isZero();
    }
}
