package nl.schoollibrary.reservations.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database of the run command: durable by default, and never left running when the service ends without
 * stopping it (kill -9). Real PostgreSQL servers on throwaway data directories.
 */
class EmbeddedDatabaseTest {

    private Path dataDirectory;
    /** Where the server under test keeps its data (inside the throwaway directory). */
    private Path postgres;

    @BeforeEach
    void directory() throws IOException {
        dataDirectory = Files.createTempDirectory("embedded-database-test");
        postgres = dataDirectory.resolve("postgres");
    }

    @AfterEach
    void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void the_run_commands_database_commits_durably_unless_told_otherwise() throws Exception {
        try (EmbeddedDatabase db = start("on")) {
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(db, "fsync")).isEqualTo("on");
        }
        try (EmbeddedDatabase db = start("off")) {
            assertThat(setting(db, "synchronous_commit")).isEqualTo("off");
        }
        assertThat(EmbeddedDatabase.leftOverServer(postgres)).isEmpty();
    }

    @Test
    void when_the_service_ends_without_stopping_the_database_its_watchdog_stops_it() throws Exception {
        try (EmbeddedDatabase db = start("on")) {
            ProcessHandle server = runningServer();
            Process watchdog = db.watchdog().orElseThrow();
            // What the watchdog sees when the service's process ends, however it ends: its pipe closes.
            watchdog.getOutputStream().close();
            server.onExit().get(60, TimeUnit.SECONDS);
            assertThat(watchdog.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(server.isAlive()).isFalse();
            assertThat(EmbeddedDatabase.leftOverServer(postgres)).isEmpty();
        }
    }

    @Test
    void a_database_left_running_by_a_killed_service_and_watchdog_is_stopped_by_the_next_start() throws Exception {
        try (EmbeddedDatabase db = start("on")) {
            ProcessHandle server = runningServer();
            db.watchdog().orElseThrow().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertThat(server.isAlive()).isTrue();
            EmbeddedDatabase.stopLeftOverServer(postgres);
            assertThat(server.isAlive()).isFalse();
            assertThat(EmbeddedDatabase.leftOverServer(postgres)).isEmpty();
        }
    }

    private EmbeddedDatabase start(String synchronousCommit) {
        return EmbeddedDatabase.start(postgres, 0, synchronousCommit);
    }

    /** The server process of the database under test, found as a later start would find one left running. */
    private ProcessHandle runningServer() throws IOException {
        return EmbeddedDatabase.leftOverServer(postgres).orElseThrow();
    }

    private static String setting(EmbeddedDatabase db, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
