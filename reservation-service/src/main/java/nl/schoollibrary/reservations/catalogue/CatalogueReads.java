package nl.schoollibrary.reservations.catalogue;

import static nl.schoollibrary.reservations.common.database.Jdbc.instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.CatalogueCopy;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.CatalogueTitle;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.copy.CopyScope;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;

/**
 * What catalogue intake reads (SQL): the staff view of a title with the copies in a scope, titles by isbn or record
 * id, theme codes, locations in a scope, collections by code, whether a barcode is taken.
 */
@ApplicationScoped
public class CatalogueReads {

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;

    /** A location that may own a copy of the actor's: its organisation. */
    public record TargetLocation(long id, long organisationId) {
    }

    /** The staff view of a title: every field, and the copies in {@code scope} (withdrawn ones too). */
    public Optional<CatalogueTitle> title(long id, CopyScope scope) {
        record Head(CatalogueTitle title) {
        }
        Optional<Head> head = jdbc.one("""
                SELECT t.id, t.isbn, t.record_id, t.title, t.subtitle, t.authors, t.series, t.series_number, t.publisher,
                       t.publication_year, t.language, t.reading_level, t.age_group, t.description, t.cover_url,
                       (SELECT json_agg(json_build_object('code', th.code, 'nameNl', th.name_nl, 'nameEn', th.name_en)
                                        ORDER BY th.name_nl)
                          FROM title_theme tt JOIN theme th ON th.id = tt.theme_id WHERE tt.title_id = t.id) AS themes
                  FROM title t WHERE t.id = ?""", rs -> new Head(new CatalogueTitle(rs.getLong("id"),
                rs.getString("isbn"), rs.getString("record_id"), rs.getString("title"), rs.getString("subtitle"),
                rs.getString("authors"), rs.getString("series"), rs.getObject("series_number", Integer.class),
                rs.getString("publisher"), rs.getObject("publication_year", Integer.class), rs.getString("language"),
                rs.getString("reading_level"), rs.getString("age_group"),
                ThemesColumn.read(mapper, rs.getString("themes")), rs.getString("description"),
                rs.getString("cover_url"), List.of())), id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<CatalogueCopy> copies = jdbc.list("""
                SELECT c.barcode, c.shelf_mark, c.status, c.withdrawn_at, c.withdrawn_reason, col.code AS collection_code,
                       o.id AS owner_id, o.name AS owner_name, o.kind AS owner_kind,
                       cl.id AS current_id, cl.name AS current_name, cl.kind AS current_kind
                  FROM copy c JOIN location o ON o.id = c.owner_location_id
                  JOIN location cl ON cl.id = c.current_location_id
                  LEFT JOIN collection col ON col.id = c.collection_id
                 WHERE c.title_id = ?""" + " AND " + scope.sql()
                + " ORDER BY (c.status = 'WITHDRAWN'), o.name, c.shelf_mark, c.barcode",
                rs -> new CatalogueCopy(rs.getString("barcode"), LocationRef.read(rs, "owner"),
                        LocationRef.read(rs, "current"),
                        rs.getString("shelf_mark"), rs.getString("collection_code"),
                        CopyStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("withdrawn_at")),
                        rs.getString("withdrawn_reason")), id, scope.param());
        CatalogueTitle t = head.get().title();
        return Optional.of(new CatalogueTitle(t.id(), t.isbn(), t.recordId(), t.title(), t.subtitle(), t.authors(),
                t.series(), t.seriesNumber(), t.publisher(), t.publicationYear(), t.language(), t.readingLevel(),
                t.ageGroup(), t.themes(), t.description(), t.coverUrl(), copies));
    }

    /** The title with this (normalised) isbn, if any. */
    public Optional<Long> titleByIsbn(String isbn) {
        return jdbc.one("SELECT id FROM title WHERE isbn = ?", rs -> rs.getLong(1), isbn);
    }

    /** The title with this record id, if any. */
    public Optional<Long> titleByRecordId(String recordId) {
        return jdbc.one("SELECT id FROM title WHERE record_id = ?", rs -> rs.getLong(1), recordId);
    }

    public boolean titleExists(long id) {
        return jdbc.count("SELECT count(*) FROM title WHERE id = ?", id) > 0;
    }

    /** The ids of these theme codes, in the order given; a code without theme is left out. */
    public Map<String, Long> themeIds(List<String> codes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return ids;
        }
        Map<String, Long> found = new LinkedHashMap<>();
        jdbc.list("SELECT code, id FROM theme WHERE code = ANY (?)", rs -> found.put(rs.getString(1), rs.getLong(2)),
                (Object) codes.toArray(String[]::new));
        for (String code : codes) {
            if (found.containsKey(code)) {
                ids.put(code, found.get(code));
            }
        }
        return ids;
    }

    /** The codes of the title's themes, by name. */
    public List<String> themeCodes(long titleId) {
        return jdbc.list("SELECT th.code FROM title_theme tt JOIN theme th ON th.id = tt.theme_id WHERE tt.title_id = ?"
                + " ORDER BY th.name_nl", rs -> rs.getString(1), titleId);
    }

    /** The location if it may own copies of the actor's scope ({@link CopyScope} over {@code location o}). */
    public Optional<TargetLocation> locationInScope(long locationId, CopyScope scope) {
        return jdbc.one("SELECT o.id, o.organisation_id FROM location o WHERE o.id = ? AND " + scope.sql(),
                rs -> new TargetLocation(rs.getLong(1), rs.getLong(2)), locationId, scope.param());
    }

    /** A copy's reservation block as its row has it (also when the collection-default trigger set it). */
    public record Block(BlockLevel level, LocalDate until, String setBy) {
    }

    public Block reservationBlock(long copyId) {
        return jdbc.one("SELECT reservation_block, reservation_block_until, reservation_block_set_by FROM copy"
                + " WHERE id = ?", rs -> new Block(BlockLevel.valueOf(rs.getString(1)),
                rs.getObject(2, LocalDate.class), rs.getString(3)), copyId).orElseThrow();
    }

    /** The organisation of a location. */
    public long organisationOf(long locationId) {
        return jdbc.one("SELECT organisation_id FROM location WHERE id = ?", rs -> rs.getLong(1), locationId)
                .orElseThrow();
    }

    /** The collection with this code in the organisation. */
    public Optional<Long> collection(long organisationId, String code) {
        return jdbc.one("SELECT id FROM collection WHERE organisation_id = ? AND code = ?", rs -> rs.getLong(1),
                organisationId, code);
    }

    /** The code of a collection. */
    public String collectionCode(Long collectionId) {
        return collectionId == null ? null : jdbc.one("SELECT code FROM collection WHERE id = ?", rs -> rs.getString(1),
                collectionId).orElse(null);
    }

    /** Which of these barcodes belong to a copy already. */
    public List<String> takenBarcodes(List<String> barcodes) {
        if (barcodes.isEmpty()) {
            return List.of();
        }
        return jdbc.list("SELECT barcode FROM copy WHERE barcode = ANY (?) ORDER BY barcode", rs -> rs.getString(1),
                (Object) barcodes.toArray(String[]::new));
    }

    /** The queue position before every waiting reservation of the title (or {@code own} when that is before all). */
    public long frontOfQueue(long titleId, long own) {
        return jdbc.one("SELECT least(?, min(queue_seq) - 1) FROM reservation WHERE title_id = ? AND status = 'WAITING'",
                rs -> rs.getObject(1) == null ? own : rs.getLong(1), own, titleId).orElse(own);
    }



}
