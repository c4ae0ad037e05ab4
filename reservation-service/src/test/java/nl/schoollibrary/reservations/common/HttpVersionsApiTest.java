package nl.schoollibrary.reservations.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import java.net.URI;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Reservable;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Transports;
import nl.schoollibrary.reservations.support.Transports.Answer;
import nl.schoollibrary.reservations.support.Transports.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests with a body behave the same over HTTP/1.1 (with a length, chunked, with {@code Expect: 100-continue}) and
 * HTTP/2 (h2c upgrade, as Java's HttpClient does by default for an http:// address, and prior knowledge).
 */
@QuarkusTest
class HttpVersionsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A field of 2,200 KiB: it takes a placement over the test profile's body limit (application.properties: 2M). */
    private static final String OVER_THE_LIMIT = ",\"x\":\"" + "x".repeat(2200 * 1024) + "\"";

    @TestHTTPResource("/")
    URI base;

    /**
     * The Vert.x clients run on a Vert.x of their own, as a real caller's do. On the service's Vert.x they disturbed
     * it: after this class, a mail the service sent was now and then lost and ended in its 30 s timeout.
     */
    private static Vertx vertx;

    @BeforeAll
    static void startClientVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopClientVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @ParameterizedTest
    @EnumSource(Transports.class)
    void a_student_logs_in_places_and_cancels_a_reservation_the_same_way_over_every_transport(Transports transport) {
        Reservable r = Builders.reservableAtSchool("Over " + transport);
        try (Session session = transport.open(base, vertx)) {
            // The first request of the session: for the h2c upgrade, the upgrade request itself carries this body.
            Answer login = logIn(session, r.student());
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            assertThat(login.version()).isEqualTo(transport.version);
            String token = token(login);

            Answer placed = session.send("POST", "/api/reservations", token, placement(r, ""));
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            assertThat(placed.version()).isEqualTo(transport.version);
            long id = json(placed).get("id").asLong();
            assertThat(json(placed).get("status").asText()).isEqualTo("WAITING");
            assertThat(reservationsOf(r.student())).isEqualTo(1);

            Answer malformed = session.send("POST", "/api/reservations", token, "{\"titleId\": " + r.titleId() + ", ");
            assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
            assertThat(malformed.contentType()).isEqualTo("application/problem+json");
            assertThat(json(malformed).get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(reservationsOf(r.student())).isEqualTo(1);

            Answer cancelled = session.send("POST", "/api/reservations/" + id + "/cancel", token,
                    "{\"reason\":\"Toch niet nodig\"}");
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
            assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
            assertThat(TestDatabase.string("SELECT status FROM reservation WHERE id = ?", id)).isEqualTo("CANCELLED");

            // The session: renewed with its refresh token, then ended by logout.
            Answer renewed = session.send("POST", "/api/auth/refresh", null,
                    "{\"refreshToken\":\"" + json(login).get("refreshToken").asText() + "\"}");
            assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
            assertThat(renewed.version()).isEqualTo(transport.version);
            Answer loggedOut = session.send("POST", "/api/auth/logout", token(renewed), null);
            assertThat(loggedOut.status()).as(loggedOut.body()).isEqualTo(204);
            Answer ended = session.send("POST", "/api/auth/refresh", null,
                    "{\"refreshToken\":\"" + json(renewed).get("refreshToken").asText() + "\"}");
            assertThat(ended.status()).as(ended.body()).isEqualTo(401);
            assertThat(json(ended).get("code").asText()).isEqualTo("SESSION_ENDED");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"HTTP_1_1", "HTTP_1_1_EXPECT_CONTINUE_VERTX", "HTTP_2_UPGRADE", "HTTP_2_PRIOR_KNOWLEDGE",
            "HTTP_2_PRIOR_KNOWLEDGE_EXPECT_CONTINUE"})
    void a_body_over_the_limit_is_a_413_problem_and_nothing_is_placed(Transports transport) {
        Reservable r = Builders.reservableAtSchool("Te groot " + transport);
        try (Session session = transport.open(base, vertx)) {
            String token = token(logIn(session, r.student()));
            Answer tooLarge = session.send("POST", "/api/reservations", token, placement(r, OVER_THE_LIMIT));
            assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
            assertThat(tooLarge.version()).isEqualTo(transport.version);
            assertThat(tooLarge.contentType()).isEqualTo("application/problem+json");
            assertThat(json(tooLarge).get("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
            assertThat(json(tooLarge).get("instance").asText()).isEqualTo("/api/reservations");
            assertThat(reservationsOf(r.student())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"HTTP_1_1_CHUNKED", "HTTP_2_PRIOR_KNOWLEDGE_STREAMED"})
    void a_body_without_a_length_that_grows_over_the_limit_is_refused_with_413_and_nothing_is_placed(
            Transports transport) {
        Reservable r = Builders.reservableAtSchool("Zonder lengte " + transport);
        String token;
        try (Session session = transport.open(base, vertx)) {
            token = token(logIn(session, r.student()));
        }
        try (Session session = transport.open(base, vertx)) {
            // Read by REST until it passes the limit: a plain 413 (no problem body) and the connection is closed.
            Answer tooLarge = session.send("POST", "/api/reservations", token, placement(r, OVER_THE_LIMIT));
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.version()).isEqualTo(transport.version);
            assertThat(reservationsOf(r.student())).isZero();
        }
    }

    /** The JSON placement of the title at its pickup location, with {@code extraFields} added at the end. */
    private static String placement(Reservable r, String extraFields) {
        return "{\"titleId\":" + r.titleId() + ",\"pickupLocationId\":" + r.pickupLocationId() + extraFields + "}";
    }

    private static long reservationsOf(Student student) {
        return TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", student.patronId());
    }

    private static Answer logIn(Session session, Student student) {
        return session.send("POST", "/api/auth/login", null,
                "{\"username\":\"" + student.username() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
    }

    private static String token(Answer login) {
        return json(login).get("accessToken").asText();
    }

    private static JsonNode json(Answer answer) {
        try {
            JsonNode node = JSON.readTree(answer.body());
            if (node == null || node.isMissingNode()) {
                throw new IllegalStateException("no body");
            }
            return node;
        } catch (Exception e) {
            throw new AssertionError("Not JSON (" + answer.status() + "): " + answer.body(), e);
        }
    }
}
