package nl.schoollibrary.reservations.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain SQL on the datasource. Inside a {@code @Transactional} method the connection is the transaction's, so
 * SQL here and Hibernate share one transaction.
 */
@ApplicationScoped
public class Jdbc {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(e);
        }
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

    /** Unique violations become {@link UniqueViolation} so use cases can turn them into a stable code. */
    private static RuntimeException translate(SQLException e) {
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
