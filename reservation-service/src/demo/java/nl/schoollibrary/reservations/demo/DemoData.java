package nl.schoollibrary.reservations.demo;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import nl.schoollibrary.reservations.common.AppClock;

/**
 * The demo program: loads the demo data set, or the benchmark catalogue, into a database the service has migrated.
 * It is not part of the service: it is built into its own jar ({@code target/demo/}) and run beside the built
 * service's classes and libraries, after the service has started once on the database (Flyway owns the schema):
 *
 * <pre>
 * java -cp 'target/demo/*:target/quarkus-app/app/*:target/quarkus-app/lib/main/*' \
 *   nl.schoollibrary.reservations.demo.DemoData seed [JDBC-URL USER PASSWORD]
 * java -cp … nl.schoollibrary.reservations.demo.DemoData generate-benchmark-data [TITLES] [COPIES]
 * </pre>
 *
 * <ul>
 * <li>{@code seed} loads the demo data set ({@link DemoDataSeeder}) into an empty database and leaves a database that
 * already holds data as it is; several seeders at once are safe (they take turns on an advisory lock).</li>
 * <li>{@code generate-benchmark-data} seeds the same way when the database is empty, then adds the benchmark catalogue
 * ({@link BenchmarkDataGenerator}; default 200,000 titles and 1,000,000 copies).</li>
 * </ul>
 * Without a JDBC URL on the command line the database is the service's: {@code QUARKUS_DATASOURCE_JDBC_URL},
 * {@code QUARKUS_DATASOURCE_USERNAME} and {@code QUARKUS_DATASOURCE_PASSWORD}.
 */
public final class DemoData {

    /** The password of every demo login and of the demo integration client's secret. */
    private static final String PASSWORD = "demo1234";
    /** bcrypt cost of the demo hash: the service's default ({@code reservation.auth.bcrypt-cost}). */
    private static final int BCRYPT_COST = 10;
    private static final long SEED_LOCK_KEY = 0x5eed_da7aL;
    private static final String USAGE = """
            Usage: DemoData seed [JDBC-URL USER PASSWORD]
                   DemoData generate-benchmark-data [TITLES] [COPIES]
            The database comes from the arguments or from QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and
            QUARKUS_DATASOURCE_PASSWORD; the service must have started on it once (it creates the schema).""";

    private DemoData() {
    }

    public static void main(String[] args) throws SQLException {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "seed" -> seed(rest);
            case "generate-benchmark-data" -> generateBenchmarkData(rest);
            default -> {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }

    private static void seed(String[] args) throws SQLException {
        if (args.length != 0 && args.length != 3) {
            System.err.println(USAGE);
            System.exit(2);
        }
        try (Connection c = args.length == 3 ? DriverManager.getConnection(args[0], args[1], args[2]) : connect()) {
            seedIfEmpty(c);
        }
    }

    private static void generateBenchmarkData(String[] args) throws SQLException {
        if (args.length > 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        int titles = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (Connection c = connect()) {
            long started = System.nanoTime();
            seedIfEmpty(c);
            long generating = System.nanoTime();
            System.out.printf("Benchmark data: %,d titles, %,d copies%n", titles, copies);
            c.setAutoCommit(false);
            BenchmarkDataGenerator.generate(c, titles, copies, System.out::println);
            c.commit();
            System.out.printf("Benchmark data committed in %.1f s (total %.1f s)%n",
                    (System.nanoTime() - generating) / 1e9, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Loads the demo data set when the database holds none, in one transaction under an advisory lock: a second
     * seeder started at the same time waits, then finds the data and leaves it.
     */
    private static void seedIfEmpty(Connection c) throws SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + SEED_LOCK_KEY + ")");
            }
            String hash = BCrypt.withDefaults().hashToString(BCRYPT_COST, PASSWORD.toCharArray());
            boolean seeded = new DemoDataSeeder(Clock.system(AppClock.ZONE), hash).seedIfEmpty(c);
            c.commit();
            if (seeded) {
                System.out.printf("Demo data loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            } else {
                System.out.println("Database not empty: demo data not loaded again");
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static Connection connect() throws SQLException {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null || url.isBlank()) {
            System.err.println(USAGE);
            System.exit(2);
        }
        return DriverManager.getConnection(url, environment("QUARKUS_DATASOURCE_USERNAME"),
                environment("QUARKUS_DATASOURCE_PASSWORD"));
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
