package nl.schoollibrary.reservations.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The input rules of docs/error-codes.md one by one: no control characters in text, parameters and form fields; dates
 * from 1900 to 9999; whole numbers that are whole numbers; a body says its Content-Type; JSON that is one shallow
 * document. Each refusal is a problem naming the field, and changes nothing.
 */
@QuarkusTest
class InputRulesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void fixtures() {
        Fixtures.world();
    }

    @Test
    void a_nul_in_a_json_string_is_refused_before_the_login_is_tried() {
        Map<String, String> before = TestDatabase.fingerprints("login_throttle", "app_user");
        given().contentType(ContentType.JSON).body("{\"username\": \"test.sanne\\u0000\", \"password\": \"x\"}")
                .when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("username"))
                .body("errors[0].message", equalTo("must not contain control characters"));
        given().contentType(ContentType.JSON).body("{\"username\": \"\\ud800\", \"password\": \"x\"}")
                .when().post("/api/auth/login")
                .then().statusCode(400).body("errors[0].field", equalTo("username"))
                .body("errors[0].message", equalTo("must be valid Unicode text"));
        assertThat(TestDatabase.fingerprints("login_throttle", "app_user")).isEqualTo(before);
    }

    @Test
    void tabs_and_line_breaks_are_kept_in_free_text_and_refused_in_every_other_text_field() {
        String staff = Tokens.login("test.bieb");
        String barcode = Builders.copy(Builders.title("Vrije tekst"), Fixtures.world().branchId(), "ON_SHELF");
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("reason", "Tentoonstelling\nzaal 2\tvitrine 3"))
                .when().put("/api/copies/{barcode}/loan-block", barcode)
                .then().statusCode(200);
        assertThat(TestDatabase.string("SELECT loan_block_reason FROM copy WHERE barcode = ?", barcode))
                .isEqualTo("Tentoonstelling\nzaal 2\tvitrine 3");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("reason", "bel\u0007"))
                .when().put("/api/copies/{barcode}/loan-block", barcode)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));

        long passes = TestDatabase.count("SELECT count(*) FROM patron WHERE kind = 'SPECIAL_PASS'");
        for (String name : new String[] {"Tentoonstelling\tB", "Tentoonstelling\n", "Pas\u0085", "Pas\u007f"}) {
            given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("name", name))
                    .when().post("/api/special-passes")
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", equalTo("must not contain control characters"));
        }
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE kind = 'SPECIAL_PASS'")).isEqualTo(passes);
    }

    @Test
    void a_control_character_in_a_path_or_query_parameter_is_refused_naming_it() {
        String staff = Tokens.login("test.bieb");
        assertProblem(Http.send("GET", "/api/copies/TST%00001", staff, null, (byte[]) null), 400, "VALIDATION_FAILED",
                "barcode");
        assertProblem(Http.send("GET", "/api/titles?q=weer%00wolf", null, null, (byte[]) null), 400,
                "VALIDATION_FAILED", "q");
        assertProblem(Http.send("GET", "/api/titles?ageGroup=6-9%0A", null, null, (byte[]) null), 400,
                "VALIDATION_FAILED", "ageGroup");
        assertProblem(Http.send("GET", "/api/reservations/%00", Tokens.login("test.sanne"), null, (byte[]) null), 400,
                "VALIDATION_FAILED", "id");
        assertProblem(Http.send("GET", "/api/themes?x%01y=1", null, null, (byte[]) null), 400, "VALIDATION_FAILED",
                "x\\u0001y");
    }

    @Test
    void a_malformed_percent_encoding_is_refused_as_a_bad_request() throws IOException {
        // The HTTP server refuses these request lines itself, before any route: a 400 without a body.
        for (String target : new String[] {"/api/titles?q=%zz", "/api/titles?q=%", "/api/titles/%zz"}) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void a_control_character_in_a_form_field_is_refused_naming_it_and_a_proper_form_still_gets_a_token()
            throws Exception {
        assertProblem(Http.send("POST", "/api/auth/token", null, "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=a%00b&client_secret=x"), 400, "VALIDATION_FAILED", "client_id");
        // A field over the server's limit for form fields (quarkus.http.limits.max-form-attribute-size).
        String long_ = "grant_type=client_credentials&client_id=abc&client_secret=" + "x".repeat(5000);
        assertProblem(Http.send("POST", "/api/auth/token", null, "application/x-www-form-urlencoded", long_), 400,
                "VALIDATION_FAILED", null);
        HttpResponse<String> longChunked = chunkedForm(long_);
        assertThat(longChunked.statusCode()).as(longChunked.body()).isEqualTo(400);
        assertThat(longChunked.body()).contains("client_secret");

        Clients.Client client = Clients.ofOrganisation(Fixtures.world().organisationId(), "events:read");
        String form = "grant_type=client_credentials&client_id=" + client.clientId() + "&client_secret="
                + Http.encode(client.secret());
        Http.Answer sized = Http.send("POST", "/api/auth/token", null, "application/x-www-form-urlencoded", form);
        assertThat(sized.status()).as(sized.body()).isEqualTo(200);
        // Chunked (no Content-Length): the body is read by the filter and still reaches the form parameters.
        HttpResponse<String> chunked = chunkedForm(form);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(200);
    }

    private static HttpResponse<String> chunkedForm(String form) throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(Http.base() + "/api/auth/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_request_for_an_unknown_client_with_a_long_id_is_refused_as_invalid_credentials() {
        // The failure is counted per client id; an id of 100 characters (the longest a client can have) and a longer
        // one are counted like any other.
        for (String clientId : new String[] {"a".repeat(100), "b".repeat(1000)}) {
            Http.Answer answer = Http.send("POST", "/api/auth/token", null, "application/x-www-form-urlencoded",
                    "grant_type=client_credentials&client_id=" + clientId + "&client_secret=wrong");
            assertProblem(answer, 401, "INVALID_CREDENTIALS", null);
        }
        assertThat(TestDatabase.count("SELECT count(*) FROM login_throttle WHERE username LIKE 'client:aaa%'"))
                .isEqualTo(1);
    }

    @Test
    void dates_outside_the_years_1900_to_9999_are_refused() {
        String staff = Tokens.login("test.bieb");
        for (String[] period : new String[][] {{"to", "-999999999-01-01"}, {"to", "+999999999-12-31"},
                {"from", "1899-12-31"}, {"to", "+10000-01-01"}}) {
            given().auth().oauth2(staff).queryParam(period[0], period[1])
                    .when().get("/api/statistics/reservations")
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo(period[0]))
                    .body("errors[0].message", equalTo("must be a date from 1900-01-01 to 9999-12-31"));
        }
        given().auth().oauth2(staff).queryParam("from", "9998-06-01").queryParam("to", "9999-12-31")
                .when().get("/api/statistics/loans").then().statusCode(200);

        given().auth().oauth2(Tokens.login("test.sanne")).contentType(ContentType.JSON)
                .body("{\"date\": \"+10000-01-01\"}")
                .when().put("/api/reservations/{id}/not-needed-after", 900_000_000_001L)
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        long patrons = TestDatabase.count("SELECT count(*) FROM patron");
        given().auth().oauth2(Tokens.login("test.admin")).contentType(ContentType.JSON)
                .body("{\"schoolId\": " + Fixtures.world().schoolId() + ", \"students\": [{\"studentNumber\": \"R-1\","
                        + " \"lastName\": \"Ver\", \"libraryLink\": true, \"consentBy\": \"ouder\","
                        + " \"consentAt\": \"+10000-01-01T00:00:00Z\"}]}")
                .when().post("/api/students/import")
                .then().statusCode(400).body("errors[0].field", equalTo("students[0].consentAt"))
                .body("errors[0].message", equalTo("must be a moment in the years 1900 to 9999"));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron")).isEqualTo(patrons);
    }

    @Test
    void a_whole_number_is_a_whole_number_a_boolean_a_boolean_and_an_enum_a_name() {
        String student = Tokens.login("test.sanne");
        long reservations = TestDatabase.count("SELECT count(*) FROM reservation");
        long title = Fixtures.world().dolfjeId();
        long pickup = Fixtures.world().schoolLibraryId();
        for (String titleId : new String[] {"1.5", "\"" + title + "\"", "true", title + ".0", "1e400", "[" + title + "]",
                "99999999999999999999"}) {
            given().auth().oauth2(student).contentType(ContentType.JSON)
                    .body("{\"titleId\": " + titleId + ", \"pickupLocationId\": " + pickup + "}")
                    .when().post("/api/reservations")
                    .then().log().ifValidationFails().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", hasItem("titleId"));
        }
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation")).isEqualTo(reservations);

        Builders.School school = Builders.school(true, true, false, 3);
        String staff = Tokens.login("test.bieb");
        String policy = TestDatabase.string("SELECT t::text FROM school_policy t WHERE school_id = ?", school.schoolId());
        for (String[] field : new String[][] {{"reserveAtSchool", "\"true\""}, {"reserveAtBranches", "1"},
                {"maxActiveReservations", "3.0"}, {"maxActiveReservations", "\"3\""}}) {
            Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("reserveAtSchool", "true",
                    "reserveAtBranches", "false", "schoolOnlyCheckedOut", "false", "maxActiveReservations", "3"));
            values.put(field[0], field[1]);
            StringBuilder body = new StringBuilder("{");
            values.forEach((k, v) -> body.append(body.length() > 1 ? "," : "").append('"').append(k).append("\":")
                    .append(v));
            body.append('}');
            given().auth().oauth2(staff).contentType(ContentType.JSON).body(body.toString())
                    .when().put("/api/schools/{id}/policy", school.schoolId())
                    .then().statusCode(400).body("errors[0].field", equalTo(field[0]));
        }
        given().auth().oauth2(staff).contentType(ContentType.JSON).body("{\"direction\": 0, \"reason\": \"test\"}")
                .when().post("/api/reservations/{id}/move", 900_000_000_001L)
                .then().statusCode(400).body("errors[0].field", equalTo("direction"));
        assertThat(TestDatabase.string("SELECT t::text FROM school_policy t WHERE school_id = ?", school.schoolId()))
                .isEqualTo(policy);
    }

    @Test
    void a_body_without_a_content_type_is_refused_with_415() {
        long reservations = TestDatabase.count("SELECT count(*) FROM reservation");
        assertProblem(Http.send("POST", "/api/auth/login", null, null, "{\"username\":\"test.sanne\",\"password\":\""
                + Fixtures.PASSWORD + "\"}"), 415, "UNSUPPORTED_MEDIA_TYPE", null);
        String student = Tokens.login("test.sanne");
        String place = "{\"titleId\": " + Fixtures.world().boekId() + ", \"pickupLocationId\": "
                + Fixtures.world().branchId() + "}";
        assertProblem(Http.send("POST", "/api/reservations", student, null, place), 415, "UNSUPPORTED_MEDIA_TYPE",
                null);
        assertProblem(Http.send("POST", "/api/reservations", student, "text/plain", place), 415,
                "UNSUPPORTED_MEDIA_TYPE", null);
        // A body of a type no operation takes is refused before anything reads it, also where the body is ignored
        // and with an Idempotency-Key (whose filter reads the body).
        for (String type : new String[] {"multipart/form-data; boundary=x", "application/xml", "*/*", "nonsense"}) {
            assertProblem(Http.send("POST", "/api/reservations/900000000001/resume", student, type, "{}".getBytes(
                    StandardCharsets.UTF_8), Map.of("Idempotency-Key", "type-" + type.length())), 415,
                    "UNSUPPORTED_MEDIA_TYPE", null);
        }
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation")).isEqualTo(reservations);
        // Without a body there is nothing to describe: the operation answers as usual.
        assertProblem(Http.send("POST", "/api/reservations/900000000001/resume", student, null, (byte[]) null), 404,
                "NOT_FOUND", null);
    }

    @Test
    void json_that_is_nested_too_deeply_or_followed_by_more_is_refused() {
        for (String body : new String[] {"[".repeat(10_000) + "]".repeat(10_000),
                "{\"username\":\"a\",\"password\":\"b\",\"x\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}",
                "{\"username\":\"a\",\"password\":\"b\"} {\"more\": 1}", "{\"username\":\"a\",\"password\":\"b\"} x"}) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/auth/login")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    private static void assertProblem(Http.Answer answer, int status, String code, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        try {
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("code").asText()).isEqualTo(code);
            if (field != null) {
                assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
            }
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
