package nl.schoollibrary.reservations.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.schoollibrary.reservations.common.DevKeys;
import nl.schoollibrary.reservations.common.database.EmbeddedDatabase;

/**
 * Starts one real PostgreSQL (embedded, throwaway) and throwaway signing keys for the whole test run.
 * Set TEST_DATABASE_URL (with TEST_DATABASE_USER / TEST_DATABASE_PASSWORD) to test against an external server instead.
 * <p>
 * Declared once, here: Quarkus discovers every {@code @QuarkusTestResource} in the test sources whichever test runs
 * (also a single class with -Dtest), and with {@code restrictToAnnotatedClass = false} the resource serves all
 * {@code @QuarkusTest} classes, so a test class needs no annotation of its own.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;
    private static DevKeys keys;

    @Override
    public synchronized Map<String, String> start() {
        if (keys == null) {
            try {
                keys = DevKeys.ensure(Files.createTempDirectory("reservation-test-keys"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String url = System.getenv("TEST_DATABASE_URL");
        String user = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
        if (url == null || url.isBlank()) {
            if (database == null) {
                database = EmbeddedDatabase.startTemporary();
            }
            url = database.jdbcUrl();
            user = EmbeddedDatabase.USER;
            password = EmbeddedDatabase.PASSWORD;
        }
        TestDatabase.configure(url, user, password);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString(),
                "smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
    }

    public static Path privateKey() {
        return keys.privateKey();
    }

    @Override
    public void stop() {
        // The database lives for the whole JVM (shared by every test class); the JVM's exit removes it.
    }
}
