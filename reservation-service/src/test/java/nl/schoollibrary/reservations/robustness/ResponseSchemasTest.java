package nl.schoollibrary.reservations.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schoollibrary.reservations.support.OpenApiContract;
import nl.schoollibrary.reservations.support.OpenApiContract.Operation;
import org.junit.jupiter.api.Test;

/** The response-schema check itself, against the committed contract: it passes what matches and names what does not. */
class ResponseSchemasTest {

    private static final Operation LOGIN = OpenApiContract.committed().operation("POST", "/api/auth/login");
    private static final String USER = "{\"id\":7,\"username\":\"sanne\",\"displayName\":\"Sanne de Vries\","
            + "\"role\":\"STUDENT\",\"schoolId\":3,\"mustChangePassword\":false}";

    private static String check(int status, String contentType, String body) {
        return ResponseSchemas.committed().violation(LOGIN, status, contentType, body);
    }

    private static String login(String expiresAt, String user) {
        return "{\"accessToken\":\"a.b.c\",\"tokenType\":\"Bearer\",\"expiresAt\":" + expiresAt
                + ",\"refreshToken\":\"r\",\"idleTimeoutSeconds\":1800,\"sessionExpiresAt\":\"2026-12-06T00:00:00Z\""
                + ",\"user\":" + user + "}";
    }

    @Test
    void a_success_body_that_matches_its_schema_passes() {
        assertThat(check(200, "application/json;charset=UTF-8", login("\"2026-12-05T10:00:00Z\"", USER))).isNull();
    }

    @Test
    void a_success_body_without_a_required_field_is_named() {
        assertThat(check(200, "application/json", "{\"accessToken\":\"a.b.c\",\"tokenType\":\"Bearer\","
                + "\"expiresAt\":\"2026-12-05T10:00:00Z\",\"refreshToken\":\"r\",\"idleTimeoutSeconds\":1800,"
                + "\"sessionExpiresAt\":\"2026-12-06T00:00:00Z\"}")).contains("user");
    }

    @Test
    void a_success_body_with_a_wrong_type_in_a_referenced_schema_is_named() {
        assertThat(check(200, "application/json", login("\"2026-12-05T10:00:00Z\"", USER.replace("7", "\"7\""))))
                .contains("/user/id");
    }

    @Test
    void a_success_body_with_a_date_time_that_is_not_one_is_named() {
        assertThat(check(200, "application/json", login("\"5 december\"", USER))).contains("/expiresAt");
    }

    @Test
    void a_success_body_with_an_int64_out_of_range_is_named() {
        assertThat(check(200, "application/json", login("\"2026-12-05T10:00:00Z\"",
                USER.replace("\"schoolId\":3", "\"schoolId\":92233720368547758070")))).contains("/user/schoolId");
    }

    @Test
    void a_problem_body_with_a_status_that_is_not_an_integer_is_named() {
        assertThat(check(400, "application/problem+json",
                "{\"status\":\"400\",\"code\":\"VALIDATION_FAILED\",\"title\":\"Bad Request\"}")).contains("/status");
        assertThat(check(400, "application/problem+json",
                "{\"status\":400,\"code\":\"VALIDATION_FAILED\",\"title\":\"Bad Request\"}")).isNull();
    }

    @Test
    void a_body_of_a_status_or_media_type_without_a_schema_is_left_to_the_other_checks() {
        assertThat(check(204, "application/json", "{}")).isNull();
        assertThat(check(200, "text/plain", "anything")).isNull();
    }
}
