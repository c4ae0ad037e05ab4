package nl.schoollibrary.reservations.common.database;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Waits for a PostgreSQL {@code NOTIFY} on one channel: a connection of its own that {@code LISTEN}s, so a worker
 * (the delivery dispatcher) wakes the moment another transaction on any instance commits work for it, instead of
 * polling. A notification is delivered at the commit of the transaction that sent it, never before. When the
 * connection is lost, the next wait opens a new one (and reports a wake-up, so the caller looks once in between).
 */
@Singleton
public class Wakeups {

    private static final Logger LOG = Logger.getLogger(Wakeups.class);

    @Inject DataSource dataSource;
    @Inject DatabaseAvailability availability;
    private Connection listening;
    private String channel;

    /**
     * Waits up to {@code timeout} for a notification on {@code channel} (listening from the first call on); true when
     * one came (or the connection had to be opened again), false after the timeout.
     */
    public boolean await(String channel, Duration timeout) throws InterruptedException {
        PGConnection pg;
        synchronized (this) {
            if (listening == null || !channel.equals(this.channel)) {
                if (!listen(channel)) {
                    Thread.sleep(timeout.toMillis());
                    return false;
                }
                return true;
            }
            pg = unwrap(listening);
        }
        try {
            PGNotification[] received = pg == null ? null : pg.getNotifications((int) Math.max(1, timeout.toMillis()));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return received != null && received.length > 0;
        } catch (SQLException e) {
            LOG.debugf("Lost the connection listening on %s: %s", channel, e.getMessage());
            close();
            return true;
        }
    }

    private boolean listen(String channel) {
        close();
        if (availability.isDown()) {
            return false;
        }
        try {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + quote(channel));
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            listening = c;
            this.channel = channel;
            return true;
        } catch (SQLException e) {
            LOG.debugf("Could not listen on %s: %s", channel, e.getMessage());
            return false;
        }
    }

    private static PGConnection unwrap(Connection c) {
        try {
            return c.unwrap(PGConnection.class);
        } catch (SQLException e) {
            return null;
        }
    }

    private static String quote(String channel) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("channel " + channel);
        }
        return channel;
    }

    /** Gives the connection back without its LISTEN (a pooled session must not keep listening). */
    @PreDestroy
    synchronized void close() {
        if (listening == null) {
            return;
        }
        try (Connection c = listening; Statement s = c.createStatement()) {
            s.execute("UNLISTEN *");
        } catch (SQLException e) {
            // broken: the pool destroys it
        }
        listening = null;
    }
}
