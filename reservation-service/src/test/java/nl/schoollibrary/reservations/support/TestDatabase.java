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

    public static long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
