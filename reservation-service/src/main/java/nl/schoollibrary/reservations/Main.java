package nl.schoollibrary.reservations;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import nl.schoollibrary.reservations.common.DevKeys;
import nl.schoollibrary.reservations.common.database.EmbeddedDatabase;

/**
 * Entry point. With {@code RESERVATION_EMBEDDED_DB=true} (what the README's run command sets) it first starts a real
 * PostgreSQL in-process, keeping its data in {@code RESERVATION_DATA_DIR} (default {@code .data}), and generates
 * development signing keys there when none are configured. That database is durable ({@code synchronous_commit=on}
 * unless {@code RESERVATION_EMBEDDED_DB_SYNCHRONOUS_COMMIT} says otherwise) and does not outlive the service when the
 * service is killed (see {@link EmbeddedDatabase}). Without it, the service uses the configured external
 * database and keys, and refuses to start when they are missing (see {@code StartupChecks}).
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) throws Exception {
        if (Boolean.parseBoolean(setting("RESERVATION_EMBEDDED_DB", "reservation.embedded-db", "false"))) {
            Path dataDir = Path.of(setting("RESERVATION_DATA_DIR", "reservation.data-dir", ".data")).toAbsolutePath();
            int port = Integer.parseInt(setting("RESERVATION_EMBEDDED_DB_PORT", "reservation.embedded-db-port", "0"));
            // Durable unless asked otherwise: an answered reservation survives a crash of the machine.
            String synchronousCommit = setting("RESERVATION_EMBEDDED_DB_SYNCHRONOUS_COMMIT",
                    "reservation.embedded-db-synchronous-commit", "on");
            EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"), port, synchronousCommit);
            System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
            System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
            System.setProperty("quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
            System.out.println("Embedded PostgreSQL " + db.jdbcUrl() + " (data in " + dataDir.resolve("postgres")
                    + ", synchronous_commit=" + synchronousCommit + ")");
            if (setting("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location", null) == null) {
                useKeys(DevKeys.ensure(dataDir.resolve("keys")));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-postgres-stop"));
        } else {
            requireSetting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url",
                    "No database is configured. Set QUARKUS_DATASOURCE_JDBC_URL (and QUARKUS_DATASOURCE_USERNAME, "
                            + "QUARKUS_DATASOURCE_PASSWORD) to a PostgreSQL database, or RESERVATION_EMBEDDED_DB=true "
                            + "to run on an embedded PostgreSQL kept in RESERVATION_DATA_DIR.");
            String keysDir = setting("RESERVATION_KEYS_DIR", "reservation.keys-dir", null);
            if (keysDir != null && setting("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location", null) == null) {
                useKeys(DevKeys.ensure(Path.of(keysDir)));
            }
            requireSetting("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location",
                    "No token keys are configured. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION and "
                            + "SMALLRYE_JWT_SIGN_KEY_LOCATION to the RSA public and private key files (PEM), or "
                            + "RESERVATION_KEYS_DIR to a directory where a key pair is generated on first start.");
            requireSetting("SMALLRYE_JWT_SIGN_KEY_LOCATION", "smallrye.jwt.sign.key.location",
                    "No token signing key is configured. Set SMALLRYE_JWT_SIGN_KEY_LOCATION to the RSA private key (PEM).");
        }
        Quarkus.run(args);
    }

    private static void useKeys(DevKeys keys) {
        System.setProperty("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
        System.setProperty("smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
    }

    private static void requireSetting(String env, String property, String message) {
        if (setting(env, property, null) == null) {
            System.err.println("reservation-service cannot start: " + message);
            System.exit(2);
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
