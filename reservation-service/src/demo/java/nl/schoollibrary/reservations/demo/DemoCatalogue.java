package nl.schoollibrary.reservations.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Themes ({@code demo/themes.csv}), titles ({@code demo/titles.csv}) with their theme links, and the collections of
 * the demo organisation.
 */
final class DemoCatalogue {

    static final String KBW = "KBW-2026";
    static final String KERST = "PSK-KERST";
    static final String SINT = "PSK-SINT";
    static final String GRIFFELS = "GRIFFELS";
    static final String JEUGD = "JEUGD";

    /** Titles that won a Griffel (or its predecessor, Kinderboek van het jaar): the Griffels en Penselen collection. */
    static final Set<String> GRIFFEL_TITLES = Set.of(
            "Kruistocht in spijkerbroek", "De kleine kapitein", "Het sleutelkruid", "Zwerftocht met Korilu",
            "De fantastische meneer Vos", "Daantje, de wereldkampioen", "Het wonderlijk verhaal van Hendrik Meier",
            "De griezels", "De GVR");

    /** One row of titles.csv. Empty strings for absent optional text; null for absent numbers. */
    record TitleRow(String isbn, String title, String subtitle, String authors, Integer publicationYear,
            String series, Integer seriesNumber, String ageGroup, String readingLevel, List<String> themes,
            String description) {

        boolean hasTheme(String code) {
            return themes.contains(code);
        }

        boolean isSinterklaas() {
            return hasTheme("feestdagen")
                    && (title.contains("Sinterklaas") || title.equals("Dansen op het dak"));
        }

        boolean isChristmas() {
            return hasTheme("feestdagen") && !isSinterklaas();
        }
    }

    final List<TitleRow> titles;
    final Map<String, Long> titleIdsByIsbn;
    final Map<String, TitleRow> titlesByName;
    final Map<String, Long> collectionIds;

    private DemoCatalogue(List<TitleRow> titles, Map<String, Long> titleIdsByIsbn, Map<String, Long> collectionIds) {
        this.titles = titles;
        this.titleIdsByIsbn = titleIdsByIsbn;
        this.collectionIds = collectionIds;
        Map<String, TitleRow> byName = new HashMap<>();
        for (TitleRow row : titles) {
            byName.put(row.title(), row);
        }
        this.titlesByName = byName;
    }

    TitleRow title(String name) {
        TitleRow row = titlesByName.get(name);
        if (row == null) {
            throw new IllegalStateException("Demo title missing from titles.csv: " + name);
        }
        return row;
    }

    long titleId(TitleRow row) {
        return titleIdsByIsbn.get(row.isbn());
    }

    long collectionId(String code) {
        return collectionIds.get(code);
    }

    static List<TitleRow> readTitles() {
        List<TitleRow> rows = new ArrayList<>();
        for (Map<String, String> r : DemoCsv.read("/demo/titles.csv")) {
            rows.add(new TitleRow(r.get("isbn"), r.get("title"), r.get("subtitle"), r.get("authors"),
                    number(r.get("publicationYear")), r.get("series"), number(r.get("seriesNumber")),
                    r.get("ageGroup"), r.get("readingLevel"),
                    r.get("themes").isEmpty() ? List.of() : Arrays.asList(r.get("themes").split(";")),
                    r.get("description")));
        }
        return rows;
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    static DemoCatalogue create(Connection c, long organisationId) throws SQLException {
        insertThemes(c);
        List<TitleRow> titles = readTitles();
        Map<String, Long> titleIds = insertTitles(c, titles);
        linkThemes(c, titles);
        Map<String, Long> collections = insertCollections(c, organisationId);
        return new DemoCatalogue(titles, titleIds, collections);
    }

    private static void insertThemes(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO theme (code, name_nl, name_en) VALUES (?, ?, ?)"
                + " ON CONFLICT (code) DO NOTHING")) {
            for (Map<String, String> r : DemoCsv.read("/demo/themes.csv")) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("nameNl"));
                ps.setString(3, r.get("nameEn"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, Long> insertTitles(Connection c, List<TitleRow> titles) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO title (isbn, title, subtitle, authors,"
                + " publication_year, series, series_number, age_group, reading_level, description)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (isbn) DO NOTHING")) {
            for (TitleRow t : titles) {
                ps.setString(1, t.isbn());
                ps.setString(2, t.title());
                ps.setString(3, emptyToNull(t.subtitle()));
                ps.setString(4, t.authors());
                if (t.publicationYear() == null) {
                    ps.setNull(5, Types.SMALLINT);
                } else {
                    ps.setInt(5, t.publicationYear());
                }
                ps.setString(6, emptyToNull(t.series()));
                if (t.seriesNumber() == null) {
                    ps.setNull(7, Types.INTEGER);
                } else {
                    ps.setInt(7, t.seriesNumber());
                }
                ps.setString(8, t.ageGroup());
                ps.setString(9, emptyToNull(t.readingLevel()));
                ps.setString(10, emptyToNull(t.description()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        String[] isbns = titles.stream().map(TitleRow::isbn).toArray(String[]::new);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, isbn FROM title WHERE isbn = ANY (?)")) {
            Array array = c.createArrayOf("varchar", isbns);
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** All title–theme links in one statement. */
    private static void linkThemes(Connection c, List<TitleRow> titles) throws SQLException {
        List<String> isbns = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (TitleRow t : titles) {
            for (String code : t.themes()) {
                isbns.add(t.isbn());
                codes.add(code);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO title_theme (title_id, theme_id)"
                + " SELECT t.id, th.id FROM unnest(?::varchar[], ?::varchar[]) AS link (isbn, code)"
                + " JOIN title t ON t.isbn = link.isbn JOIN theme th ON th.code = link.code"
                + " ON CONFLICT DO NOTHING")) {
            ps.setArray(1, c.createArrayOf("varchar", isbns.toArray()));
            ps.setArray(2, c.createArrayOf("varchar", codes.toArray()));
            ps.executeUpdate();
        }
    }

    private static Map<String, Long> insertCollections(Connection c, long organisationId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO collection (organisation_id, code, name,"
                + " default_reservation_block) VALUES"
                + " (?, '" + KBW + "', 'Kinderboekenweek 2026', 'OWN_PATRONS_ONLY'),"
                + " (?, '" + KERST + "', 'Kerstcollectie', 'NOT_RESERVABLE'),"
                + " (?, '" + SINT + "', 'Sinterklaascollectie', 'NOT_RESERVABLE'),"
                + " (?, '" + GRIFFELS + "', 'Griffels en Penselen', 'NONE'),"
                + " (?, '" + JEUGD + "', 'Jeugdcollectie', 'NONE')"
                + " RETURNING id, code")) {
            for (int p = 1; p <= 5; p++) {
                ps.setLong(p, organisationId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
