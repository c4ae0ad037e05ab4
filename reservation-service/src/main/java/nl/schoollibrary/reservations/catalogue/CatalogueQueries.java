package nl.schoollibrary.reservations.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.Availability;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.CopySummary;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.ShelfEntry;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.Theme;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.TitleDetail;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.TitleSummary;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationQueries;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;

/**
 * The catalogue's read model: plain SQL over indexes (GIN full-text index with the Dutch, accent-folding
 * configuration {@code nl_unaccent}; copy indexes by title and by shelf). Each request is at most two round trips.
 */
@ApplicationScoped
public class CatalogueQueries {

    /** Each word of the query, stemmed and accent-folded, as a prefix term: "weerwolf" also finds "weerwolfje". */
    private static final String TS_QUERY = """
            (SELECT to_tsquery('simple', string_agg(quote_literal(lexeme) || ':*', ' & '))
               FROM unnest(to_tsvector('nl_unaccent', ?)))""";

    private static final String SUMMARY_COLUMNS = """
            t.id, t.isbn, t.title, t.subtitle, t.authors, t.publication_year, t.series, t.series_number,
            t.age_group, t.reading_level, t.cover_url""";

    /** Copy counts of the titles of one page, joined laterally after the limit. */
    private static final String COUNTS_LATERAL = """
            LEFT JOIN LATERAL (
                SELECT count(*) AS copies_total, count(*) FILTER (WHERE c.status = 'ON_SHELF') AS copies_on_shelf
                  FROM copy c WHERE c.title_id = p.id AND c.status <> 'WITHDRAWN') counts ON true
            """;

    /** Themes of the titles of one page as a JSON array. */
    private static final String THEMES_LATERAL = """
            LEFT JOIN LATERAL (
                SELECT json_agg(json_build_object('code', th.code, 'nameNl', th.name_nl, 'nameEn', th.name_en)
                                ORDER BY th.name_nl) AS themes
                  FROM title_theme tt JOIN theme th ON th.id = tt.theme_id WHERE tt.title_id = p.id) themes ON true
            """;

    private static final String SUMMARY_EXTRAS = COUNTS_LATERAL + THEMES_LATERAL;

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;
    @Inject LocationQueries locations;

    /** A search ranks at most this many matches; beyond it the total is reported as a lower bound. */
    static final int CANDIDATES = 500;

    public Page<TitleSummary> search(SearchCriteria criteria) {
        StringBuilder filters = new StringBuilder();
        List<Object> filterParams = new ArrayList<>();
        if (criteria.theme() != null) {
            filters.append(" AND EXISTS (SELECT 1 FROM title_theme tt JOIN theme th ON th.id = tt.theme_id"
                    + " WHERE tt.title_id = t.id AND th.code = ?)");
            filterParams.add(criteria.theme());
        }
        if (criteria.ageGroup() != null) {
            filters.append(" AND t.age_group = ?");
            filterParams.add(criteria.ageGroup());
        }
        if (criteria.locationId() != null || criteria.availableNow()) {
            filters.append(" AND EXISTS (SELECT 1 FROM copy c WHERE c.title_id = t.id AND c.status <> 'WITHDRAWN'");
            if (criteria.locationId() != null) {
                filters.append(" AND c.current_location_id = ?");
                filterParams.add(criteria.locationId());
            }
            if (criteria.availableNow()) {
                filters.append(" AND c.status = 'ON_SHELF'");
            }
            filters.append(")");
        }
        return criteria.text() == null ? browse(criteria, filters.toString(), filterParams)
                : ranked(criteria, filters.toString(), filterParams);
    }

    /**
     * Search words: matches in title, subtitle, authors and series first, then (only when those are fewer than the
     * candidate limit) matches in the description. At most {@link #CANDIDATES} + 1 matches are fetched and ranked in
     * one scan each, so a word that matches half the catalogue costs no more than one that matches a thousand titles.
     */
    private Page<TitleSummary> ranked(SearchCriteria criteria, String filters, List<Object> filterParams) {
        String sql = "WITH q AS MATERIALIZED (SELECT " + TS_QUERY + " AS query),"
                + " t1 AS MATERIALIZED (SELECT t.id, t.title, 1 AS tier, ts_rank_cd(t.title_vector, q.query, 0) AS rank"
                + "   FROM title t, q WHERE q.query IS NOT NULL AND t.title_vector @@ q.query" + filters
                + "   LIMIT " + (CANDIDATES + 1) + "),"
                + " t2 AS MATERIALIZED (SELECT t.id, t.title, 2 AS tier, ts_rank_cd(t.search_vector, q.query, 1) AS rank"
                + "   FROM title t, q WHERE q.query IS NOT NULL AND t.search_vector @@ q.query"
                + "   AND NOT (t.title_vector @@ q.query)" + filters
                + "   LIMIT (SELECT " + (CANDIDATES + 1) + " - count(*) FROM t1)),"
                + " cand AS (SELECT * FROM t1 UNION ALL SELECT * FROM t2),"
                + " top AS (SELECT cand.*, (SELECT count(*) FROM cand) AS matches FROM cand"
                + "   ORDER BY cand.tier, cand.rank DESC, cand.title, cand.id LIMIT ? OFFSET ?),"
                + " p AS (SELECT " + SUMMARY_COLUMNS + ", top.tier, top.rank, top.matches FROM top JOIN title t ON t.id = top.id)"
                + " SELECT p.*, counts.copies_total, counts.copies_on_shelf, themes.themes FROM p " + SUMMARY_EXTRAS
                + " ORDER BY p.tier, p.rank DESC, p.title, p.id";
        List<Object> params = new ArrayList<>();
        params.add(criteria.text());
        params.addAll(filterParams);
        params.addAll(filterParams);
        params.add(criteria.size());
        params.add(criteria.offset());
        record Ranked(TitleSummary summary, long matches) {
        }
        List<Ranked> rows = jdbc.list(sql, rs -> new Ranked(summary(rs), rs.getLong("matches")), params.toArray());
        List<TitleSummary> items = rows.stream().map(Ranked::summary).toList();
        long matches = rows.isEmpty() ? -1 : rows.get(rows.size() - 1).matches();
        if (matches < 0) {
            // Past the last page (or nothing found): count the candidates alone.
            String countSql = "WITH q AS MATERIALIZED (SELECT " + TS_QUERY + " AS query)"
                    + " SELECT count(*) FROM (SELECT 1 FROM title t, q WHERE q.query IS NOT NULL"
                    + " AND t.search_vector @@ q.query" + filters + " LIMIT " + (CANDIDATES + 1) + ") m";
            List<Object> countParams = new ArrayList<>();
            countParams.add(criteria.text());
            countParams.addAll(filterParams);
            matches = jdbc.count(countSql, countParams.toArray());
        }
        boolean capped = matches > CANDIDATES;
        return new Page<>(items, criteria.page(), criteria.size(), capped ? CANDIDATES : matches, capped ? true : null);
    }

    /** No search words: titles in alphabetical order, walking the title index. */
    private Page<TitleSummary> browse(SearchCriteria criteria, String filters, List<Object> filterParams) {
        String pageSql = "WITH p AS (SELECT " + SUMMARY_COLUMNS + " FROM title t WHERE true" + filters
                + " ORDER BY t.title, t.id LIMIT ? OFFSET ?) SELECT p.*, counts.copies_total, counts.copies_on_shelf,"
                + " themes.themes FROM p " + SUMMARY_EXTRAS + " ORDER BY p.title, p.id";
        List<Object> params = new ArrayList<>(filterParams);
        params.add(criteria.size());
        params.add(criteria.offset());
        List<TitleSummary> items = jdbc.list(pageSql, this::summary, params.toArray());
        long total = criteria.page() == 0 && items.size() < criteria.size() ? items.size()
                : jdbc.count("SELECT count(*) FROM title t WHERE true" + filters, filterParams.toArray());
        return new Page<>(items, criteria.page(), criteria.size(), total);
    }

    public Optional<TitleDetail> title(long id) {
        String titleSql = "WITH p AS (SELECT " + SUMMARY_COLUMNS + ", t.description FROM title t WHERE t.id = ?)"
                + " SELECT p.*, themes.themes FROM p " + THEMES_LATERAL;
        String copiesSql = """
                SELECT c.barcode, c.current_location_id, l.name AS location_name, l.kind, c.shelf_mark, c.status,
                       ln.due_date, col.code AS collection_code
                  FROM copy c
                  JOIN location l ON l.id = c.current_location_id
                  LEFT JOIN loan ln ON ln.copy_id = c.id AND ln.returned_at IS NULL
                  LEFT JOIN collection col ON col.id = c.collection_id
                 WHERE c.title_id = ? AND c.status <> 'WITHDRAWN'
                 ORDER BY l.kind, l.name, c.shelf_mark, c.barcode""";
        record Head(TitleSummary summary, String description) {
        }
        Optional<Head> head = jdbc.one(titleSql, rs -> new Head(summary(rs, 0, 0), rs.getString("description")), id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<CopySummary> copies = new ArrayList<>();
        Map<Long, AvailabilityBuilder> perLocation = new LinkedHashMap<>();
        jdbc.list(copiesSql, rs -> {
            CopyStatus status = CopyStatus.valueOf(rs.getString("status"));
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            long locationId = rs.getLong("current_location_id");
            String locationName = rs.getString("location_name");
            LocationKind kind = LocationKind.valueOf(rs.getString("kind"));
            copies.add(new CopySummary(rs.getString("barcode"), locationId, locationName, rs.getString("shelf_mark"),
                    status, due, rs.getString("collection_code")));
            perLocation.computeIfAbsent(locationId, key -> new AvailabilityBuilder(key, locationName, kind))
                    .add(status, due);
            return status;
        }, id);
        TitleSummary summary = head.get().summary();
        int onShelf = (int) copies.stream().filter(copy -> copy.status() == CopyStatus.ON_SHELF).count();
        List<Availability> availability = perLocation.values().stream().map(AvailabilityBuilder::build).toList();
        return Optional.of(new TitleDetail(summary.id(), summary.isbn(), summary.title(), summary.subtitle(),
                summary.authors(), summary.publicationYear(), summary.series(), summary.seriesNumber(),
                summary.ageGroup(), summary.readingLevel(), summary.coverUrl(), head.get().description(),
                summary.themes(), copies.size(), onShelf, availability, copies, null));
    }

    public List<Theme> themes() {
        String sql = """
                SELECT th.code, th.name_nl, th.name_en, count(tt.title_id) AS title_count,
                       (array_agg(tt.title_id ORDER BY tt.title_id) FILTER (WHERE tt.title_id IS NOT NULL))[1:4] AS sample
                  FROM theme th LEFT JOIN title_theme tt ON tt.theme_id = th.id
                 GROUP BY th.id ORDER BY th.name_nl""";
        return jdbc.list(sql, rs -> {
            List<Long> sample = new ArrayList<>();
            Array array = rs.getArray("sample");
            if (array != null) {
                for (Object value : (Object[]) array.getArray()) {
                    sample.add(((Number) value).longValue());
                }
            }
            return new Theme(rs.getString("code"), rs.getString("name_nl"), rs.getString("name_en"),
                    rs.getLong("title_count"), sample);
        });
    }

    /**
     * Titles at a location in shelf-mark order (kijkje in de kast), walking the shelf index; empty when there is no
     * such location.
     */
    public Optional<Page<ShelfEntry>> shelf(long locationId, int page, int size) {
        if (!locations.exists(locationId)) {
            return Optional.empty();
        }
        String sql = "WITH s AS (SELECT c.shelf_mark, c.title_id, count(*) AS copies,"
                + " count(*) FILTER (WHERE c.status = 'ON_SHELF') AS on_shelf"
                + " FROM copy c WHERE c.current_location_id = ? AND c.status <> 'WITHDRAWN'"
                + " GROUP BY c.shelf_mark, c.title_id"
                + " ORDER BY c.shelf_mark, c.title_id LIMIT ? OFFSET ?),"
                + " p AS (SELECT " + SUMMARY_COLUMNS + ", s.shelf_mark, s.copies, s.on_shelf"
                + " FROM s JOIN title t ON t.id = s.title_id)"
                + " SELECT p.*, counts.copies_total, counts.copies_on_shelf, themes.themes FROM p " + SUMMARY_EXTRAS
                + " ORDER BY p.shelf_mark, p.id";
        String countSql = "SELECT count(*) FROM (SELECT DISTINCT shelf_mark, title_id FROM copy"
                + " WHERE current_location_id = ? AND status <> 'WITHDRAWN') d";
        List<ShelfEntry> items = jdbc.list(sql, rs -> new ShelfEntry(rs.getString("shelf_mark"), rs.getInt("copies"),
                rs.getInt("on_shelf"), summary(rs)), locationId, size, page * size);
        long total = page == 0 && items.size() < size ? items.size() : jdbc.count(countSql, locationId);
        return Optional.of(new Page<>(items, page, size, total));
    }

    private TitleSummary summary(ResultSet rs) throws SQLException {
        return summary(rs, rs.getInt("copies_total"), rs.getInt("copies_on_shelf"));
    }

    private TitleSummary summary(ResultSet rs, int copiesTotal, int copiesOnShelf) throws SQLException {
        return new TitleSummary(rs.getLong("id"), rs.getString("isbn"), rs.getString("title"), rs.getString("subtitle"),
                rs.getString("authors"), (Integer) rs.getObject("publication_year", Integer.class), rs.getString("series"),
                rs.getObject("series_number", Integer.class), rs.getString("age_group"), rs.getString("reading_level"),
                rs.getString("cover_url"), ThemesColumn.read(mapper, rs.getString("themes")), copiesTotal,
                copiesOnShelf);
    }


    /** Counts copies of one location while the copy rows stream by. */
    private static final class AvailabilityBuilder {
        private final long locationId;
        private final String name;
        private final LocationKind kind;
        private int total;
        private int onShelf;
        private int onLoan;
        private LocalDate nextDue;

        AvailabilityBuilder(long locationId, String name, LocationKind kind) {
            this.locationId = locationId;
            this.name = name;
            this.kind = kind;
        }

        void add(CopyStatus status, LocalDate due) {
            total++;
            if (status == CopyStatus.ON_SHELF) {
                onShelf++;
            } else if (status == CopyStatus.ON_LOAN) {
                onLoan++;
                if (due != null && (nextDue == null || due.isBefore(nextDue))) {
                    nextDue = due;
                }
            }
        }

        Availability build() {
            return new Availability(locationId, name, kind, total, onShelf, onLoan, total - onShelf - onLoan, nextDue);
        }
    }
}
