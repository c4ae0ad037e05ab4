package nl.schoollibrary.reservations.catalogue.importing;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportCounts;
import nl.schoollibrary.reservations.catalogue.importing.ImportStage.Column;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;

/**
 * The set-based part of an import, over the rows {@link ImportStage} wrote: one statement plans every title against the
 * database (by isbn, else record id) and one every copy (by barcode), the rules that need the database add row errors,
 * and the changes are made with one statement each (INSERT … SELECT … ON CONFLICT, UPDATE … FROM), never row by row.
 * The same file twice plans every row as unchanged.
 */
final class ImportPlan {

    private final Jdbc jdbc;

    ImportPlan(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans the titles and copies; rows the database rules reject get errors (imp_error) and are left out. */
    void plan(ImportContext context) {
        planTitles();
        planCopies(context);
    }

    private void planTitles() {
        String aggregates = COLUMNS.stream().map(c -> "(array_agg(" + c + " ORDER BY seq) FILTER (WHERE set_" + c
                + "))[1] AS " + c + ", bool_or(set_" + c + ") AS set_" + c).collect(Collectors.joining(",\n"));
        jdbc.update("CREATE TEMP TABLE plan_title ON COMMIT DROP AS SELECT key, min(record) AS record,"
                + " (array_agg(line ORDER BY seq))[1] AS line,"
                + " (array_agg(isbn ORDER BY seq) FILTER (WHERE isbn IS NOT NULL))[1] AS isbn,"
                + " (array_agg(record_id ORDER BY seq) FILTER (WHERE record_id IS NOT NULL))[1] AS record_id,\n"
                + aggregates + ", NULL::bigint AS title_id, false AS rejected, false AS changed, false AS created"
                + " FROM imp_title WHERE ok GROUP BY key");
        jdbc.update("CREATE UNIQUE INDEX ON plan_title (key)");
        jdbc.update("ANALYZE plan_title");
        // Rows of one title that say different things: the title is rejected (which of them would be right?).
        String differs = COLUMNS.stream().map(c -> " WHEN i.set_" + c + " AND i." + c + " IS DISTINCT FROM p." + c
                + " THEN '" + field(c) + "'").collect(Collectors.joining());
        jdbc.update("WITH d AS (SELECT i.key, i.record, i.line, p.record AS first, CASE WHEN i.record_id IS NOT NULL"
                + " AND i.record_id IS DISTINCT FROM p.record_id THEN 'recordId'" + differs + " END AS field"
                + " FROM imp_title i JOIN plan_title p ON p.key = i.key WHERE i.ok),"
                + " e AS (INSERT INTO imp_error SELECT record, line, field, 'differs from record ' || first"
                + " || ' for the same title' FROM d WHERE field IS NOT NULL)"
                + " UPDATE plan_title SET rejected = true WHERE key IN (SELECT key FROM d WHERE field IS NOT NULL)");
        jdbc.update("UPDATE plan_title p SET title_id = coalesce((SELECT t.id FROM title t WHERE t.isbn = p.isbn),"
                + " (SELECT t.id FROM title t WHERE t.record_id = p.record_id)) WHERE NOT rejected");
        jdbc.update("""
                WITH d AS (
                    SELECT p.key, p.record, p.line, t.isbn AS title_isbn,
                           CASE WHEN p.record_id IS NOT NULL AND EXISTS (SELECT 1 FROM title o WHERE o.record_id =
                                     p.record_id AND o.id IS DISTINCT FROM p.title_id) THEN 'recordId'
                                WHEN p.isbn IS NOT NULL AND t.isbn IS NOT NULL AND t.isbn <> p.isbn THEN 'isbn'
                                WHEN p.title_id IS NULL AND p.title IS NULL THEN 'title' END AS field
                      FROM plan_title p LEFT JOIN title t ON t.id = p.title_id WHERE NOT p.rejected),
                e AS (INSERT INTO imp_error SELECT record, line, field, CASE field
                          WHEN 'recordId' THEN 'belongs to another title (with another ISBN)'
                          WHEN 'isbn' THEN 'differs from the ISBN of the title with this recordId (' || title_isbn || ')'
                          ELSE 'is required for a new title' END FROM d WHERE field IS NOT NULL)
                UPDATE plan_title SET rejected = true WHERE key IN (SELECT key FROM d WHERE field IS NOT NULL)""");
        String changed = COLUMNS.stream().filter(c -> !c.equals("themes")).map(c -> " OR (p.set_" + c + " AND p."
                + c + " IS DISTINCT FROM t." + c + ")").collect(Collectors.joining());
        jdbc.update("UPDATE plan_title p SET changed = (p.isbn IS NOT NULL AND t.isbn IS DISTINCT FROM p.isbn)"
                + " OR (p.record_id IS NOT NULL AND t.record_id IS DISTINCT FROM p.record_id)" + changed
                + " OR (p.set_themes AND p.themes IS DISTINCT FROM (SELECT coalesce(string_agg(tt.theme_id::text, ','"
                + " ORDER BY tt.theme_id), '') FROM title_theme tt WHERE tt.title_id = t.id))"
                + " FROM title t WHERE t.id = p.title_id AND NOT p.rejected");
    }

    private void planCopies(ImportContext context) {
        jdbc.update("""
                CREATE TEMP TABLE plan_copy ON COMMIT DROP AS
                SELECT y.*,
                       y.copy_id IS NOT NULL AND y.location_id IS DISTINCT FROM y.old_location AS moved,
                       y.copy_id IS NOT NULL AND (y.location_id IS DISTINCT FROM y.old_location
                           OR y.shelf_mark IS DISTINCT FROM y.old_shelf_mark
                           OR y.collection_id IS DISTINCT FROM y.old_collection) AS changed
                  FROM (SELECT c.seq, c.record, c.line, c.barcode, c.key, p.title_id, p.rejected,
                               min(c.record) OVER (PARTITION BY c.barcode) AS first_record,
                               row_number() OVER (PARTITION BY c.barcode ORDER BY c.seq) AS nth,
                               x.id AS copy_id, x.title_id AS old_title_id, x.owner_location_id AS old_location,
                               x.shelf_mark AS old_shelf_mark, x.collection_id AS old_collection, x.status,
                               CASE WHEN c.set_location THEN c.location_id ELSE x.owner_location_id END AS location_id,
                               CASE WHEN c.set_shelf_mark THEN c.shelf_mark ELSE x.shelf_mark END AS shelf_mark,
                               CASE WHEN c.set_collection THEN c.collection_id ELSE x.collection_id END
                                   AS collection_id
                          FROM imp_copy c JOIN plan_title p ON p.key = c.key
                          LEFT JOIN copy x ON x.barcode = c.barcode
                         WHERE c.ok) y""");
        // The copies this import changes are locked now, and their status read again: a copy captured for a
        // reservation since the plan read it is not moved (the capture locks the copy's row as well).
        jdbc.count("SELECT count(*) FROM (SELECT x.id FROM copy x JOIN plan_copy c ON c.copy_id = x.id WHERE c.changed"
                + " ORDER BY x.id FOR NO KEY UPDATE OF x) locked");
        jdbc.update("UPDATE plan_copy c SET status = x.status FROM copy x WHERE x.id = c.copy_id AND c.changed"
                + " AND x.status IS DISTINCT FROM c.status");
        Long[] scope = context.locations().values().toArray(Long[]::new);
        jdbc.update("""
                WITH d AS (
                    SELECT c.seq, c.record, c.line, c.first_record AS first, CASE
                        WHEN c.nth > 1 THEN 'twice'
                        WHEN c.copy_id IS NOT NULL AND NOT c.old_location = ANY (?::bigint[]) THEN 'scope'
                        WHEN c.copy_id IS NOT NULL AND c.old_title_id IS DISTINCT FROM c.title_id THEN 'title'
                        WHEN c.copy_id IS NULL AND c.location_id IS NULL THEN 'location'
                        WHEN c.copy_id IS NULL AND c.shelf_mark IS NULL THEN 'shelfMark'
                        WHEN c.status = 'WITHDRAWN' AND c.changed THEN 'withdrawn'
                        WHEN c.moved AND (c.status = 'IN_TRANSIT' OR c.status = 'ON_HOLD_SHELF' AND EXISTS (
                                 SELECT 1 FROM reservation r WHERE r.assigned_copy_id = c.copy_id
                                    AND r.status = 'READY')) THEN 'held' END AS problem
                      FROM plan_copy c
                     WHERE NOT c.rejected),
                e AS (INSERT INTO imp_error SELECT record, line,
                          CASE WHEN problem IN ('location', 'shelfMark', 'held') THEN
                              CASE problem WHEN 'held' THEN 'location' ELSE problem END ELSE 'barcode' END,
                          CASE problem
                              WHEN 'twice' THEN 'appears twice in this file (first in record ' || first || ')'
                              WHEN 'scope' THEN 'belongs to a copy of a location you may not change'
                              WHEN 'title' THEN 'belongs to a copy of another title'
                              WHEN 'location' THEN 'is required for a new copy'
                              WHEN 'shelfMark' THEN 'is required for a new copy'
                              WHEN 'withdrawn' THEN 'is a withdrawn copy; an import does not bring it back'
                              ELSE 'COPY_HELD_OR_IN_TRANSIT: the copy is on the hold shelf for a ready reservation or'
                                   || ' in transit; it cannot be moved now' END
                        FROM d WHERE problem IS NOT NULL)
                UPDATE plan_copy SET rejected = true WHERE seq IN (SELECT seq FROM d WHERE problem IS NOT NULL)""",
                (Object) scope);
    }

    /** Titles and copies: created, updated, unchanged, rejected. */
    record Counts(ImportCounts titles, ImportCounts copies) {
    }

    Counts counts() {
        ImportCounts titles = jdbc.one("""
                SELECT count(*) FILTER (WHERE title_id IS NULL AND NOT rejected),
                       count(*) FILTER (WHERE title_id IS NOT NULL AND changed AND NOT rejected),
                       count(*) FILTER (WHERE title_id IS NOT NULL AND NOT changed AND NOT rejected),
                       count(*) FILTER (WHERE rejected)
                         + (SELECT count(DISTINCT coalesce(i.key, 'record ' || i.record)) FROM imp_title i
                             WHERE NOT i.ok AND NOT EXISTS (SELECT 1 FROM plan_title q WHERE q.key = i.key))
                  FROM plan_title""", rs -> new ImportCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .orElseThrow();
        ImportCounts copies = jdbc.one("""
                SELECT count(*) FILTER (WHERE copy_id IS NULL AND NOT rejected),
                       count(*) FILTER (WHERE copy_id IS NOT NULL AND changed AND NOT rejected),
                       count(*) FILTER (WHERE copy_id IS NOT NULL AND NOT changed AND NOT rejected),
                       count(*) FILTER (WHERE rejected)
                         + (SELECT count(*) FROM imp_copy i WHERE NOT i.ok OR NOT EXISTS (
                               SELECT 1 FROM plan_title q WHERE q.key = i.key))
                  FROM plan_copy""", rs -> new ImportCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .orElseThrow();
        return new Counts(titles, copies);
    }

    /** Makes the planned changes; {@code by} is the actor's username, {@code importId} the import's record. */
    void apply(String by, Instant at, long importId) {
        String columns = COLUMNS.stream().filter(c -> !c.equals("themes")).collect(Collectors.joining(", "));
        String values = COLUMNS.stream().filter(c -> !c.equals("themes"))
                .map(c -> c.equals("authors") ? "coalesce(authors, '')" : c).collect(Collectors.joining(", "));
        int planned = (int) jdbc.count("SELECT count(*) FROM plan_title WHERE title_id IS NULL AND NOT rejected");
        int inserted = jdbc.update("INSERT INTO title (isbn, record_id, " + columns + ", updated_at) SELECT isbn,"
                + " record_id, " + values + ", ? FROM plan_title WHERE title_id IS NULL AND NOT rejected"
                + " ON CONFLICT DO NOTHING", at);
        if (inserted != planned) {
            throw concurrent();
        }
        jdbc.update("UPDATE plan_title p SET title_id = t.id, created = true FROM title t WHERE p.title_id IS NULL"
                + " AND NOT p.rejected AND (t.isbn = p.isbn OR p.isbn IS NULL AND t.record_id = p.record_id)");
        String sets = COLUMNS.stream().filter(c -> !c.equals("themes")).map(c -> c + " = CASE WHEN p.set_" + c
                + " THEN " + (c.equals("authors") ? "coalesce(p.authors, '')" : "p." + c) + " ELSE t." + c + " END")
                .collect(Collectors.joining(", "));
        jdbc.update("UPDATE title t SET isbn = coalesce(p.isbn, t.isbn), record_id = coalesce(p.record_id, t.record_id), "
                + sets + ", updated_at = ? FROM plan_title p WHERE t.id = p.title_id AND p.changed AND NOT p.rejected"
                + " AND NOT p.created", at);
        jdbc.update("""
                DELETE FROM title_theme tt USING plan_title p
                 WHERE tt.title_id = p.title_id AND p.set_themes AND NOT p.rejected AND (p.created OR p.changed)
                   AND NOT tt.theme_id = ANY (string_to_array(nullif(p.themes, ''), ',')::bigint[])""");
        jdbc.update("""
                INSERT INTO title_theme (title_id, theme_id)
                SELECT p.title_id, unnest(string_to_array(nullif(p.themes, ''), ',')::bigint[])
                  FROM plan_title p WHERE p.set_themes AND NOT p.rejected AND (p.created OR p.changed)
                ON CONFLICT DO NOTHING""");

        planned = (int) jdbc.count("SELECT count(*) FROM plan_copy WHERE copy_id IS NULL AND NOT rejected");
        inserted = jdbc.update("""
                INSERT INTO copy (barcode, title_id, owner_location_id, current_location_id, collection_id, shelf_mark)
                SELECT c.barcode, p.title_id, c.location_id, c.location_id, c.collection_id, c.shelf_mark
                  FROM plan_copy c JOIN plan_title p ON p.key = c.key
                 WHERE c.copy_id IS NULL AND NOT c.rejected
                ON CONFLICT (barcode) DO NOTHING""");
        if (inserted != planned) {
            throw concurrent();
        }
        jdbc.update("""
                UPDATE copy x SET owner_location_id = c.location_id,
                       current_location_id = CASE WHEN c.moved AND x.status <> 'ON_LOAN' THEN c.location_id
                                                  ELSE x.current_location_id END,
                       shelf_mark = c.shelf_mark, collection_id = c.collection_id, version = x.version + 1
                  FROM plan_copy c
                 WHERE x.id = c.copy_id AND c.changed AND NOT c.rejected""");
        // The copies' history, in the shapes the single-copy API writes: arrival, a move (with what changed along),
        // another change, and a block the collection's default gave.
        jdbc.update("""
                INSERT INTO copy_change (copy_id, changed_at, changed_by, what, old_value, new_value)
                SELECT x.id, ?, ?, 'CREATED', '{}'::jsonb,
                       jsonb_build_object('shelfMark', c.shelf_mark, 'collectionCode', k.code,
                                          'ownerLocationId', c.location_id, 'importId', ?::bigint)
                  FROM plan_copy c JOIN copy x ON x.barcode = c.barcode
                  LEFT JOIN collection k ON k.id = c.collection_id
                 WHERE c.copy_id IS NULL AND NOT c.rejected""", at, by, importId);
        jdbc.update("""
                INSERT INTO copy_change (copy_id, changed_at, changed_by, what, old_value, new_value)
                SELECT c.copy_id, ?, ?, CASE WHEN c.moved THEN 'MOVED' ELSE 'CHANGED' END,
                       CASE WHEN c.moved THEN jsonb_build_object('ownerLocationId', c.old_location) ELSE '{}' END
                         || CASE WHEN c.shelf_mark IS DISTINCT FROM c.old_shelf_mark
                                 THEN jsonb_build_object('shelfMark', c.old_shelf_mark) ELSE '{}' END
                         || CASE WHEN c.collection_id IS DISTINCT FROM c.old_collection
                                 THEN jsonb_build_object('collectionCode', ok.code) ELSE '{}' END,
                       CASE WHEN c.moved THEN jsonb_build_object('ownerLocationId', c.location_id) ELSE '{}' END
                         || CASE WHEN c.shelf_mark IS DISTINCT FROM c.old_shelf_mark
                                 THEN jsonb_build_object('shelfMark', c.shelf_mark) ELSE '{}' END
                         || CASE WHEN c.collection_id IS DISTINCT FROM c.old_collection
                                 THEN jsonb_build_object('collectionCode', nk.code) ELSE '{}' END
                         || jsonb_build_object('importId', ?::bigint)
                  FROM plan_copy c LEFT JOIN collection ok ON ok.id = c.old_collection
                  LEFT JOIN collection nk ON nk.id = c.collection_id
                 WHERE c.changed AND NOT c.rejected""", at, by, importId);
        jdbc.update("""
                INSERT INTO copy_change (copy_id, changed_at, changed_by, what, old_value, new_value)
                SELECT x.id, ?, ?, 'COLLECTION_DEFAULT', jsonb_build_object('level', 'NONE', 'until', NULL),
                       jsonb_build_object('level', x.reservation_block, 'until', x.reservation_block_until,
                                          'collectionCode', k.code)
                  FROM plan_copy c JOIN copy x ON x.barcode = c.barcode JOIN collection k ON k.id = x.collection_id
                 WHERE NOT c.rejected AND (c.copy_id IS NULL OR c.collection_id IS DISTINCT FROM c.old_collection)
                   AND x.reservation_block_set_by = 'collection default' AND x.reservation_block_set_at = now()""",
                at, by);
    }

    private static ProblemException concurrent() {
        return new ProblemException(ErrorCode.CONFLICT, "Titles or copies of this file were added at the same time;"
                + " nothing was imported. Please try again.");
    }

    private static final List<String> COLUMNS = ImportStage.COLUMNS.stream().map(Column::sql).toList();

    private static String field(String column) {
        return ImportStage.COLUMNS.stream().filter(c -> c.sql().equals(column)).findFirst().orElseThrow().field();
    }
}
