package nl.schoollibrary.reservations.common.database;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.schoollibrary.reservations.common.IdempotencyKeys;
import org.jboss.logging.Logger;

/**
 * This running instance of the service, as the database sees it: an id of its own (from {@code service_instance_seq})
 * and a session-level advisory lock on it, {@code (467, id)}, held on a connection kept for that alone. The lock lives
 * exactly as long as that session: when the instance is killed, its connection closes and the lock is gone at once;
 * so any instance can tell whether the owner of an Idempotency-Key claim still runs ({@link IdempotencyKeys}).
 *
 * <p>When the connection is lost (the database restarted, or the session was ended), the instance registers again
 * under a new id: claims made under the old id belong to requests that could not finish, and retries take them over.
 * The two-int advisory-lock form (objsubid 2 in {@code pg_locks}) never collides with the one-bigint keys of the
 * placement and capture locks (objsubid 1). The presence connection comes from the pool and stays out of it (with
 * {@code quarkus.datasource.jdbc.leak-detection-interval} set, the pool reports it as held long: that is expected).
 */
@Singleton
public class ServiceInstance {

    /** The classid of the instance locks. */
    public static final int LOCK_CLASS = 467;

    private static final Logger LOG = Logger.getLogger(ServiceInstance.class);

    @Inject DataSource dataSource;
    @Inject DatabaseAvailability availability;
    private Connection presence;
    private volatile int id;

    /** The id this instance claims Idempotency-Keys under (0 before it could register). */
    public int id() {
        return id;
    }

    void onStart(@Observes StartupEvent event) {
        register();
    }

    /** After an outage every session of the database may have ended: register again under a new id. */
    void onRecovered(@Observes DatabaseAvailability.Recovered recovered) {
        register();
    }

    /** Checks that the presence connection (and so the lock) is still there; registers again when it is not. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void check() {
        if (availability.isDown()) {
            return; // registers when the database answers again (onRecovered)
        }
        if (presence != null) {
            try (Statement s = presence.createStatement()) {
                s.execute("SELECT 1");
                return;
            } catch (SQLException lost) {
                LOG.debugf("Instance %d lost its database session: %s", id, lost.getMessage());
            }
        }
        register();
    }

    synchronized void register() {
        closePresence();
        try {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT nextval('service_instance_seq')::int")) {
                rs.next();
                int next = rs.getInt(1);
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
                    lock.setInt(1, LOCK_CLASS);
                    lock.setInt(2, next);
                    lock.execute();
                }
                int previous = id;
                presence = c;
                id = next;
                if (previous == 0) {
                    LOG.infof("Registered as service instance %d", next);
                } else {
                    LOG.infof("Registered again as service instance %d (was %d): claims of the old id are taken over "
                            + "by retries", next, previous);
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            // the database cannot be reached: the next check (or its recovery) registers
            LOG.debugf("Could not register the service instance: %s", e.getMessage());
        }
    }

    /**
     * Gives the presence connection back to the pool without its lock (a session lock would outlive the instance in
     * the pool). Not at shutdown: the pool then closes every connection, this one with its session and lock, and the
     * embedded database may already be stopping.
     */
    private synchronized void closePresence() {
        if (presence == null) {
            return;
        }
        try (Connection c = presence; Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            // a broken connection: the pool destroys it, and its lock went with its session
        }
        presence = null;
    }
}
