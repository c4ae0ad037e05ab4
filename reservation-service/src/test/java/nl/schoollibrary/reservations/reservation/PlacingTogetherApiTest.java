package nl.schoollibrary.reservations.reservation;

import static nl.schoollibrary.reservations.support.Api.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Placements that arrive at the same moment go to the database together, several in one transaction (ADR 0008).
 * Each is still decided by the rules on its own facts: the limit per student, the duplicate check and the place in
 * line come out as if they had come one after another.
 */
@QuarkusTest
class PlacingTogetherApiTest {

    private record Attempt(long patronId, long titleId, int status, String code, int position) {
    }

    private static List<Attempt> atOnce(List<Callable<Attempt>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt>> futures = new ArrayList<>();
        for (Callable<Attempt> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> f : futures) {
            attempts.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return attempts;
    }

    private static Attempt attempt(Builders.Student student, String token, long title, long pickup) {
        ExtractableResponse<Response> r = place(token, title, pickup).extract();
        return new Attempt(student.patronId(), title, r.statusCode(),
                r.statusCode() == 201 ? null : r.jsonPath().getString("code"),
                r.statusCode() == 201 ? r.jsonPath().getInt("position") : 0);
    }

    /**
     * Every race keeps the rules; batches forming is a matter of timing (requests that overlap while the runners are
     * busy), so the race runs again on a fresh school, up to five times, until one shows fewer transactions than
     * placements.
     */
    @Test
    void placements_arriving_together_keep_the_limit_per_student_and_a_gapless_line_per_title() throws Exception {
        long fewestTransactions = Long.MAX_VALUE;
        for (int race = 0; race < 5 && fewestTransactions >= 32; race++) {
            fewestTransactions = Math.min(fewestTransactions, race());
        }
        // The placements were written by fewer transactions than there are placements: batches did form.
        assertThat(fewestTransactions).isLessThan(32);
    }

    /** One race of 64 placements by 16 students over 6 titles; checks the rules and answers its transaction count. */
    private long race() throws Exception {
        Builders.School school = Builders.school(true, false, true, 2);
        List<Long> titles = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            long title = Builders.title("Tegelijk " + t);
            Builders.copy(title, school.libraryId(), "ON_LOAN");
            titles.add(title);
        }
        List<Builders.Student> students = new ArrayList<>();
        for (int s = 0; s < 16; s++) {
            students.add(Builders.student(school.schoolId()));
        }
        Map<Long, String> tokens = students.stream() // logged in before the race
                .collect(Collectors.toMap(Builders.Student::patronId, Builders.Student::token));
        List<Callable<Attempt>> calls = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int s = 0; s < students.size(); s++) {
                Builders.Student student = students.get(s);
                long title = titles.get((s + round) % titles.size());
                calls.add(() -> attempt(student, tokens.get(student.patronId()), title, school.libraryId()));
            }
        }
        Collections.shuffle(calls, new java.util.Random(7));

        List<Attempt> attempts = atOnce(calls);

        Map<Long, List<Attempt>> byStudent = attempts.stream().collect(Collectors.groupingBy(Attempt::patronId));
        assertThat(byStudent).hasSize(16).allSatisfy((patron, own) -> {
            assertThat(own.stream().filter(a -> a.status() == 201)).as("placed by %d", patron).hasSize(2);
            assertThat(own.stream().filter(a -> a.status() != 201))
                    .allSatisfy(a -> assertThat(a.code()).isEqualTo("RESERVATION_LIMIT_REACHED"));
        });
        Map<Long, List<Integer>> positions = attempts.stream().filter(a -> a.status() == 201)
                .collect(Collectors.groupingBy(Attempt::titleId,
                        Collectors.mapping(Attempt::position, Collectors.toList())));
        positions.forEach((title, line) -> assertThat(line).as("positions on title %d", title)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, line.size()).boxed()
                        .toList()));
        String ours = "SELECT %s FROM reservation WHERE pickup_location_id = " + school.libraryId();
        assertThat(TestDatabase.count(ours.formatted("count(*)"))).isEqualTo(32);
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event e JOIN reservation r ON r.id = e.aggregate_id"
                + " AND e.type = 'ReservationPlaced' WHERE r.pickup_location_id = ?", school.libraryId())).isEqualTo(32);
        return TestDatabase.count(ours.formatted("count(DISTINCT xmin::text)"));
    }

    @Test
    void the_same_student_asking_for_one_title_many_times_at_once_gets_one_reservation() throws Exception {
        Builders.School school = Builders.school(true, false, true, 5);
        long title = Builders.title("Eén keer");
        Builders.copy(title, school.libraryId(), "ON_LOAN");
        Builders.Student student = Builders.student(school.schoolId());
        String token = student.token();
        List<Callable<Attempt>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> attempt(student, token, title, school.libraryId()));
        }

        List<Attempt> attempts = atOnce(calls);

        assertThat(attempts.stream().filter(a -> a.status() == 201)).hasSize(1);
        assertThat(attempts.stream().filter(a -> a.status() != 201))
                .hasSize(11).allSatisfy(a -> assertThat(a.code()).isEqualTo("DUPLICATE_RESERVATION"));
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", student.patronId()))
                .isEqualTo(1);
    }
}
