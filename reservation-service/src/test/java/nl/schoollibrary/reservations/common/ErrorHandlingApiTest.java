package nl.schoollibrary.reservations.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorHandlingApiTest {

    @Test
    void an_unknown_path_under_api_is_a_404_problem() {
        given().when().get("/api/does-not-exist")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("type", equalTo("https://schoollibrary.nl/problems/not-found"))
                .body("instance", equalTo("/api/does-not-exist"));
        given().when().post("/api/titles/1/nothing-here")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        given().when().delete("/api/titles")
                .then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
        given().when().get("/api/auth/login")
                .then().statusCode(405).body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void asking_for_xml_is_a_406_problem() {
        given().accept(ContentType.XML).when().get("/api/themes")
                .then().statusCode(406).body(containsString("NOT_ACCEPTABLE"));
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_and_bodies_under_it_are_read() {
        // The test profile sets the limit to 2 MiB (application.properties).
        String tooLarge = "{\"username\": \"" + "x".repeat(2200 * 1024) + "\", \"password\": \"x\"}";
        given().contentType(ContentType.JSON).body(tooLarge)
                .when().post("/api/auth/login")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("REQUEST_TOO_LARGE"))
                .body("instance", equalTo("/api/auth/login"));
        String large = "{\"username\": \"" + "x".repeat(1500 * 1024) + "\", \"password\": \"x\"}";
        given().contentType(ContentType.JSON).body(large)
                .when().post("/api/auth/login")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    void problems_never_leak_class_names_or_stack_traces() {
        given().contentType(ContentType.JSON).body("{\"username\": {\"nested\": true}, \"password\": 5}")
                .when().post("/api/auth/login")
                .then().statusCode(400)
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("Exception")))
                .body(not(containsString("at nl.")));
    }

    @Test
    void health_and_metrics_are_served() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }
}
