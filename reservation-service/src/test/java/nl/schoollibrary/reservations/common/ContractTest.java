package nl.schoollibrary.reservations.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document equals the committed contract at the top of the repository. When the API changes on
 * purpose, run {@code scripts/update-openapi.sh} and commit openapi.yaml together with the change (and regenerate
 * the portal's types).
 */
@QuarkusTest
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
        String[] expected = normalise(Files.readString(committed, StandardCharsets.UTF_8)).split("\n");
        String[] actual = normalise(served).split("\n");
        int line = 0;
        while (line < Math.min(expected.length, actual.length) && expected[line].equals(actual[line])) {
            line++;
        }
        boolean same = line == expected.length && line == actual.length;
        assertThat(same).as("openapi.yaml differs from the served contract at line %d:%n  committed: %s%n  served:    %s%n"
                + "The served document is in %s; run scripts/update-openapi.sh and commit openapi.yaml.", line + 1,
                line < expected.length ? expected[line] : "<end>", line < actual.length ? actual[line] : "<end>",
                current).isTrue();
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
