package nl.schoollibrary.reservations.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.schoollibrary.reservations.common.RateLimiter;
import nl.schoollibrary.reservations.support.OpenApiContract;
import nl.schoollibrary.reservations.support.OpenApiContract.Operation;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Schema-driven fuzzing of every operation of openapi.yaml, as each kind of caller: requests generated from the
 * contract's schemas (valid-shaped ones, and ones with a hostile part, {@link RequestGenerator}) must never get a 5xx,
 * only a status the operation declares, and every error as problem+json with a code. The callers belong to an
 * organisation of their own, so whatever the requests change stays there.
 *
 * <p>Bounded and repeatable: {@code fuzz.rounds} passes over all operations per caller (default 8: about 430 requests
 * each), from the seed {@code fuzz.seed} (default fixed; a failure names the seed and the request).
 * {@code -Dfuzz.seed=… -Dfuzz.rounds=…} explore further.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractFuzzApiTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_204L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 8);

    private static Organisation org;
    private static Anchors anchors;
    private static Map<String, String> tokens;

    @Inject
    RateLimiter limiter;

    private static synchronized void ownOrganisation() {
        if (org == null) {
            org = Organisations.fresh();
            anchors = new Anchors(org);
            // Every token first: the fuzzing of the login may lock these users for a while.
            tokens = Map.of("student", org.token(org.student()), "school staff", org.token(org.schoolStaff()),
                    "library staff", org.token(org.libraryStaff()), "administrator", org.token(org.admin()),
                    "installation administrator", Tokens.login(Organisations.installationAdministrator()),
                    "integration client", org.clientToken());
        }
    }

    @Test
    @Order(1)
    void every_operation_answers_an_anonymous_caller_within_its_contract() {
        fuzz("anonymous", null, Math.max(1, ROUNDS / 2));
    }

    @Test
    @Order(2)
    void every_operation_answers_a_caller_with_a_broken_or_expired_token_within_its_contract() {
        ownOrganisation();
        String expired = Tokens.sign(Tokens.claims(1, org.student(), "STUDENT")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)));
        fuzz("broken token", "not.a.token", Math.max(1, ROUNDS / 4));
        fuzz("expired token", expired, Math.max(1, ROUNDS / 4));
    }

    @Test
    @Order(2)
    void every_operation_answers_a_student_within_its_contract() {
        fuzz("student", ROUNDS);
    }

    @Test
    @Order(3)
    void every_operation_answers_school_staff_within_its_contract() {
        fuzz("school staff", ROUNDS);
    }

    @Test
    @Order(4)
    void every_operation_answers_library_staff_within_its_contract() {
        fuzz("library staff", ROUNDS);
    }

    @Test
    @Order(5)
    void every_operation_answers_an_administrator_within_its_contract() {
        fuzz("administrator", ROUNDS);
    }

    /** The first administrator of an empty database belongs to no organisation: no operation may assume one. */
    @Test
    @Order(5)
    void every_operation_answers_an_administrator_of_the_whole_installation_within_its_contract() {
        fuzz("installation administrator", ROUNDS);
    }

    @Test
    @Order(6)
    void every_operation_answers_an_integration_client_within_its_contract() {
        RateLimiter.Limits configured = limiter.limits();
        // The per-client rate limit has its own tests; here it would only turn requests into 429s.
        limiter.setLimits(new RateLimiter.Limits(100_000, 100_000));
        try {
            fuzz("integration client", ROUNDS);
        } finally {
            limiter.setLimits(configured);
        }
    }

    private void fuzz(String caller, int rounds) {
        ownOrganisation();
        fuzz(caller, tokens.get(caller), rounds);
    }

    private void fuzz(String caller, String token, int rounds) {
        ownOrganisation();
        OpenApiContract contract = OpenApiContract.committed();
        List<Operation> operations = contract.operations();
        assertThat(operations).as("operations read from openapi.yaml").hasSizeGreaterThan(40);
        long seed = SEED ^ caller.hashCode();
        RequestGenerator generator = new RequestGenerator(contract, new Random(seed), anchors);
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        long started = System.nanoTime();
        int sent = 0;
        for (int round = 0; round < rounds; round++) {
            for (Operation op : operations) {
                RequestGenerator.Request request = generator.next(op);
                Http.Answer answer;
                try {
                    answer = Http.send(request.method(), request.pathAndQuery(), token, request.contentType(),
                            request.body(), request.headers());
                } catch (UncheckedIOException noAnswer) {
                    failures.add(op + " gave no answer (" + noAnswer.getCause() + ")\n      request: "
                            + request.describe());
                    continue;
                }
                sent++;
                anchors.harvest(op, answer);
                statuses.computeIfAbsent(op.toString(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
                String violation = ContractCheck.violation(op, answer);
                if (violation != null) {
                    failures.add(op + " " + violation + "\n      request: " + request.describe());
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Fuzzing as %s: %d requests in %d ms (seed %d), %d failures%n", caller, sent,
                millis, SEED, failures.size());
        statuses.forEach((op, counts) -> System.out.printf("  %-55s %s%n", op, counts));
        assertThat(failures).as("Answers outside the contract as %s (seed %d, -Dfuzz.seed=%d reproduces):%n  %s",
                caller, SEED, SEED, String.join("\n  ", failures)).isEmpty();
    }
}
