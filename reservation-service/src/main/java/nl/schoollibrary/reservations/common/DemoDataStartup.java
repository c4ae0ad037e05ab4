package nl.schoollibrary.reservations.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import nl.schoollibrary.reservations.auth.PasswordHasher;
import nl.schoollibrary.reservations.demo.DemoDataSeeder;
import org.jboss.logging.Logger;

/**
 * Loads the demo data set into an empty database when {@code reservation.demo-data=true} (the run command).
 * Idempotent and safe with several instances starting at once: it holds an advisory lock and skips a non-empty database.
 */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class);
    private static final long LOCK_KEY = 0x5eed_da7aL;

    void onStart(@Observes StartupEvent event, AppConfig config, DataSource dataSource, Clock clock,
            PasswordHasher hasher) throws SQLException {
        if (!config.demoData()) {
            return;
        }
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            }
            boolean seeded = new DemoDataSeeder(clock, hasher.hash("demo1234")).seedIfEmpty(c);
            c.commit();
            if (seeded) {
                LOG.infof("Demo data loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
            } else {
                LOG.info("Database not empty: demo data not loaded again");
            }
        }
    }
}
