package nl.schoollibrary.reservations.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct JDBC access for tests: fixtures and asserting the database effect of an API call. */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    static void configure(String jdbcUrl, String username, String pw) {
        url = jdbcUrl;
        user = username;
        password = pw;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Work on one connection of its own; a database error fails the test. */
    public static <T> T inConnection(Work<T> work) {
        try (Connection c = connect()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@link #inConnection} runs. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    public static long count(String sql, Object... params) {
        return inConnection(c -> number(c, sql, params));
    }

    /** Runs an {@code INSERT ... RETURNING id} and answers the id. */
    public static long insertId(String sql, Object... params) {
        return inConnection(c -> insertId(c, sql, params));
    }

    /** Runs an {@code INSERT ... RETURNING id} on the given connection (its transaction) and answers the id. */
    public static long insertId(Connection c, String sql, Object... params) throws SQLException {
        return number(c, sql, params);
    }

    public static String string(String sql, Object... params) {
        return inConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /**
     * The row count and a digest of every row of each table, to show that a request changed nothing: a write, an
     * update or a delete in any of them changes the answer.
     */
    public static java.util.Map<String, String> fingerprints(String... tables) {
        java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
        for (String table : tables) {
            if (!table.matches("[a-z_]+")) {
                throw new IllegalArgumentException(table);
            }
            result.put(table, string("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)),"
                    + " '') FROM " + table + " t"));
        }
        return result;
    }

    public static int execute(String sql, Object... params) {
        return inConnection(c -> update(c, sql, params));
    }

    /** Runs an INSERT, UPDATE or DELETE on the given connection (its transaction); answers the rows changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static long number(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
