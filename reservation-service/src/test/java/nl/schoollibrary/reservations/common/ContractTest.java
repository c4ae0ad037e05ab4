package nl.schoollibrary.reservations.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.schoollibrary.reservations.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document equals the committed contract at the top of the repository. When the API changes on
 * purpose, run {@code scripts/update-openapi.sh} and commit openapi.yaml together with the change (and regenerate
 * the portal's types).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class ContractTest {

    @Test
    void served_openapi_equals_the_committed_openapi_yaml() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path committed = Path.of("..", "openapi.yaml");
        Path current = Path.of("target", "openapi-served.yaml");
        Files.writeString(current, served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(committed, normalise(served) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(committed).as("openapi.yaml at the repository top").exists();
        assertThat(normalise(Files.readString(committed, StandardCharsets.UTF_8)))
                .as("openapi.yaml differs from the served contract (%s); run scripts/update-openapi.sh", current)
                .isEqualTo(normalise(served));
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
