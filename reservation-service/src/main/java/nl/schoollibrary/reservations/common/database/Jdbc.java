package nl.schoollibrary.reservations.common.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.hibernate.Session;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The one way to SQL: read models (lists, search, hold shelf, statistics), set-based bulk work (series mutations,
 * expiry, anonymisation) and the placement hot path ({@link #transaction}). Aggregates that use cases load, change
 * and save are Hibernate entities behind Panache repositories; no other class uses {@code java.sql.Connection}.
 *
 * <p>Inside a {@code @Transactional} method the connection is the transaction's, so SQL here and Hibernate share one
 * transaction; before each statement the Hibernate session is flushed, so SQL sees what entities changed earlier in
 * the same transaction (load, change, then read the answer through SQL).
 *
 * <p>While the database cannot be reached ({@link DatabaseAvailability}), no connection is asked of the pool: the
 * call fails at once with 503 SERVICE_UNAVAILABLE; a connection failure is that answer too (and opens the circuit).
 */
@ApplicationScoped
public class Jdbc {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @Inject DataSource dataSource;
    @Inject TransactionManager transactions;
    @Inject DatabaseAvailability availability;
    @Inject Session session;
    /** The connection of the running {@link #transaction}, if any, on this thread. */
    private final ThreadLocal<Connection> local = new ThreadLocal<>();

    /**
     * Runs {@code work} as one database transaction on one pooled connection, without the JTA transaction manager: for
     * the busiest write path (placing a reservation), where the manager's bookkeeping per call and a COMMIT round trip
     * of its own cost as much CPU as the SQL. The work ends with {@link #oneAndCommit}, which sends its statement and
     * the COMMIT together; an exception rolls back. Inside a JTA transaction the work simply joins it (and
     * {@link #oneAndCommit} leaves the commit to it), so callers that already hold a transaction keep its atomicity.
     */
    public <T> T transaction(Supplier<T> work) {
        if (inTransaction()) {
            return work.get();
        }
        if (availability.isDown()) {
            throw availability.unavailable();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            local.set(c);
            try {
                T result = work.get();
                c.commit(); // nothing to send when oneAndCommit has committed
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                local.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * The first row of {@code sql}, and the running {@link #transaction} committed in the same round trip (the
     * statement and COMMIT are sent together; when the statement fails the server skips the COMMIT and the
     * transaction rolls back). Outside such a transaction: {@link #one}, the commit being the caller's.
     */
    public <T> Optional<T> oneAndCommit(String sql, RowMapper<T> mapper, Object... params) {
        return listAndCommit(sql, mapper, params).stream().findFirst();
    }

    /** The rows of {@code sql}, and the running {@link #transaction} committed with it: see {@link #oneAndCommit}. */
    public <T> List<T> listAndCommit(String sql, RowMapper<T> mapper, Object... params) {
        Connection c = local.get();
        if (c == null) {
            return list(sql, mapper, params);
        }
        try (PreparedStatement ps = prepare(c, sql + ";\nCOMMIT", params)) {
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) {
                return rows(rs, mapper);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Whether this thread runs inside a transaction: a {@link #transaction} or a JTA one. */
    public boolean inTransaction() {
        return local.get() != null || inJtaTransaction();
    }

    private boolean inJtaTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs on the running {@link #transaction}'s connection, or on one from the pool (inside JTA: the transaction's). */
    private <T> T withConnection(SqlWork<T> work) {
        try {
            Connection bound = local.get();
            if (bound != null) {
                return work.run(bound);
            }
            if (availability.isDown()) {
                throw availability.unavailable();
            }
            if (inJtaTransaction()) {
                flushEntityChanges();
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * The entity changes of this transaction go to the database first, so the SQL sees them. Only when there are
     * any: a flush with nothing to write still walks every managed entity through Hibernate's flush events, and a
     * desk's check-in asks SQL five times (a quarter of its CPU went to flushes that wrote nothing). An entity's
     * changes are known without comparing its fields: Hibernate's bytecode enhancement records every assignment
     * ({@link SelfDirtinessTracker}); an entity without it, or with a mutable field type, is taken as changed.
     */
    private void flushEntityChanges() {
        SessionImplementor current = session.unwrap(SessionImplementor.class);
        PersistenceContext context = current.getPersistenceContextInternal();
        if (current.getActionQueue().hasAnyQueuedActions() || context.getCollectionEntriesSize() > 0
                || anyChanged(context)) {
            current.flush();
        }
    }

    private static boolean anyChanged(PersistenceContext context) {
        for (Iterator<Object> managed = context.managedEntitiesIterator(); managed.hasNext(); ) {
            Object entity = managed.next();
            if (!(entity instanceof SelfDirtinessTracker tracked) || tracked.$$_hibernate_hasDirtyAttributes()
                    || context.getEntry(entity).getPersister().hasMutableProperties()) {
                return true;
            }
        }
        return false;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                return rows(rs, mapper);
            }
        });
    }

    /**
     * Statements in one round trip: the driver sends them together and the server runs them in order, each with its
     * own snapshot, so what those {@code before} do (set a setting, take a lock) holds when {@code then} reads. The
     * rows are those of {@code then}; the parameters are those of all, in order. An error in one skips the rest.
     */
    public <T> List<T> listAfter(List<String> before, String then, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, String.join(";\n", before) + ";\n" + then, params)) {
                ps.execute();
                for (int i = 0; i < before.size(); i++) {
                    ps.getMoreResults();
                }
                if (ps.getResultSet() == null) {
                    throw new IllegalStateException("The last statement returned no rows: " + then);
                }
                try (ResultSet rs = ps.getResultSet()) {
                    return rows(rs, mapper);
                }
            }
        });
    }

    private static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(mapper.map(rs));
        }
        return rows;
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A nullable timestamp column as an instant (a row mapper's helper). */
    public static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /**
     * A batch job's loop: runs {@code sql}, a statement that handles at most {@code batchSize} rows and answers how
     * many (one of its {@code params} is that size), each time in a transaction of its own, until a run handles fewer.
     * Answers the total. Short transactions: the job never holds many row locks for long.
     */
    public long countInBatches(int batchSize, String sql, Object... params) {
        long total = 0;
        while (true) {
            long done = QuarkusTransaction.requiringNew().call(() -> count(sql, params));
            total += done;
            if (done < batchSize) {
                return total;
            }
        }
    }

    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                p = Timestamp.from(instant);
            } else if (p instanceof Enum<?> e) {
                p = e.name();
            }
            ps.setObject(i + 1, p);
        }
        return ps;
    }

    /**
     * Unique violations become {@link UniqueViolation} so use cases can turn them into a stable code; a database that
     * cannot be reached or has no connection free becomes 503 SERVICE_UNAVAILABLE.
     */
    private RuntimeException translate(SQLException e) {
        if (availability.failed(e) != DatabaseAvailability.Failure.NONE) {
            return availability.unavailable();
        }
        if ("23505".equals(e.getSQLState())) {
            return new UniqueViolation(e);
        }
        if ("40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState())) {
            return new ProblemException(ErrorCode.CONFLICT, "The data changed at the same time; please try again.");
        }
        return new IllegalStateException("SQL failed: " + e.getMessage(), e);
    }

    public static final class UniqueViolation extends RuntimeException {
        UniqueViolation(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public boolean on(String constraint) {
            return getMessage() != null && getMessage().contains(constraint);
        }
    }
}
