package nl.schoollibrary.reservations.common.database;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Whether the database can be reached: a circuit that opens on the first failure that says it cannot (a refused or
 * broken connection, the server shutting down, a connection that could not be made in time) and closes when a probe
 * gets an answer again. While it is open, requests are answered 503 SERVICE_UNAVAILABLE with {@code Retry-After} at
 * once ({@link DatabaseOutageFilter}, {@link Jdbc}) instead of each waiting for the pool and failing on its own, and
 * the outage is logged once: a warning when it starts, an info line when it ends.
 *
 * <p>When it opens, the pool's connections are flushed (idle ones closed now, busy ones when they come back): after a
 * database restart every one of them is dead, and the first requests after the outage must not find them. A probe
 * then takes a new connection from the pool every {@code reservation.database.probe-interval}.
 *
 * <p>A pool whose connections are all busy ("acquisition timeout") is a {@link Failure#BUSY} database: its request is
 * answered 503 too, but the circuit stays closed (the database answers; the next request may find a connection), and
 * it is logged at most once a minute.
 */
@Singleton
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);

    private static final long BUSY_LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** SQLStates besides class 08 (connection exception) that say the server cannot serve: it is shutting down or starting. */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03");

    /** What a failure says about the database. */
    public enum Failure {
        /** Nothing: an ordinary error. */
        NONE,
        /** The database answers, but no connection could be had now (pool exhausted, too many clients, shutting down). */
        BUSY,
        /** The database cannot be reached. */
        UNREACHABLE
    }

    /** Fired (synchronously, on the probe's thread) when the database answers again after an outage. */
    public record Recovered(Duration after) {
    }

    /** Tries the database; throws when it does not answer. */
    @FunctionalInterface
    interface Probe {
        void check() throws Exception;
    }

    private record Outage(long startedNanos, String cause, LongAdder refused) {
    }

    private final Probe probe;
    private final Runnable flushPool;
    private final Consumer<Recovered> onRecovered;
    private final long probeIntervalMillis;
    private final String retryAfterSeconds;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Outage> outage = new AtomicReference<>();
    private final AtomicLong outages = new AtomicLong();
    private final LongAdder busyRefusals = new LongAdder();
    private final AtomicLong lastBusyLog = new AtomicLong(System.nanoTime() - BUSY_LOG_EVERY_NANOS);

    @Inject
    DatabaseAvailability(AgroalDataSource dataSource, AppConfig config, Event<Recovered> recovered,
            MeterRegistry registry) {
        this(() -> probe(dataSource), () -> dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL), recovered::fire,
                config.database().probeInterval(), config.database().retryAfter());
        Gauge.builder("reservation.database.unreachable", this, a -> a.isDown() ? 1 : 0)
                .description("1 while the database cannot be reached (requests answered 503 SERVICE_UNAVAILABLE)")
                .register(registry);
    }

    DatabaseAvailability(Probe probe, Runnable flushPool, Consumer<Recovered> onRecovered, Duration probeInterval,
            Duration retryAfter) {
        this.probe = probe;
        this.flushPool = flushPool;
        this.onRecovered = onRecovered;
        this.probeIntervalMillis = Math.max(1, probeInterval.toMillis());
        this.retryAfterSeconds = Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    /** Whether the database is known to be unreachable now (one volatile read: cheap enough for every request). */
    public boolean isDown() {
        return outage.get() != null;
    }

    /** How many outages began since the start (each logged once). */
    public long outages() {
        return outages.get();
    }

    /** The answer to a request that needs the database while it cannot be reached or has no connection free. */
    public ProblemException unavailable() {
        Outage current = outage.get();
        if (current != null) {
            current.refused().increment();
        }
        return new ProblemException(ErrorCode.SERVICE_UNAVAILABLE, "The service cannot reach its database at the "
                + "moment. Please try again in " + retryAfterSeconds + " seconds.", List.of(),
                Map.of("Retry-After", retryAfterSeconds));
    }

    /**
     * Looks at a failure: when it says the database cannot be reached, the circuit opens (logged once per outage).
     * Returns what the failure says; anything but {@link Failure#NONE} is answered with {@link #unavailable()}.
     */
    public Failure failed(Throwable error) {
        Failure failure = classify(error);
        if (failure == Failure.UNREACHABLE) {
            open(error);
        } else if (failure == Failure.BUSY) {
            busy(error);
        }
        return failure;
    }

    /** What a failure, or anything in its chain of causes, says about the database. */
    public static Failure classify(Throwable error) {
        Failure found = Failure.NONE;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(error);
        while (!todo.isEmpty() && seen.size() < 50) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            Failure one = classifyOne(t);
            if (one == Failure.UNREACHABLE) {
                return one;
            }
            if (one == Failure.BUSY) {
                found = one;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return found;
    }

    private static Failure classifyOne(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return Failure.UNREACHABLE;
        }
        if (!(t instanceof SQLException sql)) {
            return Failure.NONE;
        }
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state))) {
            return Failure.UNREACHABLE;
        }
        if ("53300".equals(state)) { // too_many_connections
            return Failure.BUSY;
        }
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        if (message.startsWith("Acquisition timeout while waiting for new connection")) {
            return Failure.UNREACHABLE; // the pool tried to open a connection and it did not come in time
        }
        if (message.startsWith("Sorry, acquisition timeout") || message.startsWith("This pool is closed")) {
            return Failure.BUSY; // every connection busy for the whole acquisition timeout; or the service is stopping
        }
        return Failure.NONE;
    }

    private void open(Throwable cause) {
        Outage started = new Outage(System.nanoTime(), summary(cause), new LongAdder());
        if (!outage.compareAndSet(null, started)) {
            return;
        }
        outages.incrementAndGet();
        LOG.warnf("The database cannot be reached (%s). Requests that need it are answered 503 SERVICE_UNAVAILABLE "
                + "at once until it answers again; trying it every %d ms.", started.cause(), probeIntervalMillis);
        try {
            flushPool.run();
        } catch (RuntimeException e) {
            LOG.debug("Flushing the connection pool failed", e);
        }
        scheduleProbe();
    }

    /** A busy pool is logged at most once a minute, with how many requests it refused since. */
    private void busy(Throwable error) {
        busyRefusals.increment();
        long now = System.nanoTime();
        long last = lastBusyLog.get();
        if (now - last >= BUSY_LOG_EVERY_NANOS && lastBusyLog.compareAndSet(last, now)) {
            LOG.warnf("No database connection could be had (%s): %d requests answered 503 SERVICE_UNAVAILABLE since the "
                    + "last such warning. Is the pool (quarkus.datasource.jdbc.max-size) too small for the load, or the "
                    + "database slow?", summary(error), busyRefusals.sumThenReset());
        }
    }

    private void scheduleProbe() {
        try {
            prober.schedule(this::probeOnce, probeIntervalMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the service is stopping
        }
    }

    /** One probe: closes the circuit when the database answers, else tries again after the interval. */
    void probeOnce() {
        Outage current = outage.get();
        if (current == null) {
            return;
        }
        try {
            probe.check();
        } catch (Throwable stillDown) {
            LOG.debugf("Database probe failed: %s", stillDown.getMessage());
            scheduleProbe();
            return;
        }
        if (outage.compareAndSet(current, null)) {
            Duration after = Duration.ofNanos(System.nanoTime() - current.startedNanos());
            LOG.infof("The database answers again after %.1f s; %d requests were answered 503 SERVICE_UNAVAILABLE "
                    + "meanwhile.", after.toMillis() / 1000.0, current.refused().sum());
            try {
                onRecovered.accept(new Recovered(after));
            } catch (RuntimeException e) {
                LOG.warn("After the database came back, re-registering failed", e);
            }
        }
    }

    private static void probe(AgroalDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setNetworkTimeout(Runnable::run, 5_000); // a probe on a connection that hangs gives up (reset on return)
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
        }
    }

    /** The first SQL failure of the chain in a few words (no SQL, no parameters: connection failures carry neither). */
    private static String summary(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getMessage() + (sql.getSQLState() == null ? "" : " [" + sql.getSQLState() + "]");
            }
        }
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
