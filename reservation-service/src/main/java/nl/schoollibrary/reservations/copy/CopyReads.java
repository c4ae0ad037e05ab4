package nl.schoollibrary.reservations.copy;

import static nl.schoollibrary.reservations.common.database.Jdbc.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.PatronNames;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyChange;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyDetail;
import nl.schoollibrary.reservations.copy.CopyDtos.CurrentLoan;
import nl.schoollibrary.reservations.copy.CopyDtos.LoanBlockView;
import nl.schoollibrary.reservations.copy.CopyDtos.ReservationBlockView;
import nl.schoollibrary.reservations.copy.CopyDtos.Withdrawal;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationReads;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import nl.schoollibrary.reservations.reservation.policy.LoanBlock;
import nl.schoollibrary.reservations.reservation.policy.ReservationBlock;

/**
 * Read model of one copy for staff (SQL): which copy a barcode names in the staff member's scope, and the copy detail
 * with its loan, the reservations on it, the title's queue and its change history.
 */
@ApplicationScoped
public class CopyReads {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;
    @Inject ReservationReads reservations;

    /** The copy a barcode names, with what a copy reservation needs to know of it. */
    public record CopyRef(long id, long titleId, long ownerLocationId, CopyStatus status) {
    }

    /** The copy if it is in the actor's scope; 404 otherwise (also for another organisation's copies). */
    public CopyRef inScope(Actor actor, String rawBarcode) {
        String barcode = rawBarcode.strip().toUpperCase(Locale.ROOT);
        CopyScope scope = CopyScope.of(actor);
        return jdbc.one("SELECT c.id, c.title_id, c.owner_location_id, c.status FROM copy c"
                + " JOIN location o ON o.id = c.owner_location_id WHERE c.barcode = ? AND " + scope.sql(),
                rs -> new CopyRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), CopyStatus.valueOf(rs.getString(4))),
                barcode, scope.param())
                .orElseThrow(() -> ProblemException.notFound("Copy", barcode));
    }

    /** The staff detail of a copy, its blocks shown as they apply on {@code today}. */
    public CopyDetail detail(long copyId, LocalDate today) {
        record Row(CopyDetail detail, long titleId) {
        }
        Row row = jdbc.one("""
                SELECT c.barcode, c.shelf_mark, c.status, c.reservation_block, c.reservation_block_until,
                       c.reservation_block_set_by, c.reservation_block_set_at, c.loan_blocked, c.loan_block_until,
                       c.loan_block_reason, c.loan_block_set_by, c.loan_block_set_at, col.code AS collection_code,
                       t.id AS title_id, t.title, t.authors, t.cover_url,
                       o.id AS owner_id, o.name AS owner_name, o.kind AS owner_kind,
                       cl.id AS current_id, cl.name AS current_name, cl.kind AS current_kind,
                       tl.id AS transit_id, tl.name AS transit_name, tl.kind AS transit_kind,
                       c.withdrawn_at, c.withdrawn_by, c.withdrawn_reason,
                       ln.due_date, p.id AS patron_id, p.first_name, p.last_name, p.group_name, s.name AS school_name
                  FROM copy c JOIN title t ON t.id = c.title_id
                  JOIN location o ON o.id = c.owner_location_id JOIN location cl ON cl.id = c.current_location_id
                  LEFT JOIN location tl ON tl.id = c.transit_to_location_id
                  LEFT JOIN collection col ON col.id = c.collection_id
                  LEFT JOIN loan ln ON ln.copy_id = c.id AND ln.returned_at IS NULL
                  LEFT JOIN patron p ON p.id = ln.patron_id LEFT JOIN school s ON s.id = p.school_id
                 WHERE c.id = ?""", rs -> {
                    ReservationBlock rb = new ReservationBlock(BlockLevel.valueOf(rs.getString("reservation_block")),
                            rs.getObject("reservation_block_until", LocalDate.class));
                    LoanBlock lb = new LoanBlock(rs.getBoolean("loan_blocked"),
                            rs.getObject("loan_block_until", LocalDate.class), rs.getString("loan_block_reason"));
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    CurrentLoan loan = due == null ? null : new CurrentLoan(new PatronRef(rs.getLong("patron_id"),
                            PatronNames.display(rs.getString("first_name"), rs.getString("last_name")),
                            rs.getString("group_name"), rs.getString("school_name")), due, due.isBefore(today));
                    return new Row(new CopyDetail(rs.getString("barcode"),
                            new TitleRef(rs.getLong("title_id"), rs.getString("title"), rs.getString("authors"),
                                    rs.getString("cover_url")),
                            LocationRef.read(rs, "owner"), LocationRef.read(rs, "current"),
                            rs.getObject("transit_id") == null ? null : LocationRef.read(rs, "transit"),
                            rs.getString("collection_code"), rs.getString("shelf_mark"),
                            CopyStatus.valueOf(rs.getString("status")),
                            new ReservationBlockView(rb.level(), rb.level().staffCode(), rb.until(), rb.activeOn(today),
                                    rs.getString("reservation_block_set_by"),
                                    instant(rs.getTimestamp("reservation_block_set_at"))),
                            new LoanBlockView(lb.blocked(), lb.activeOn(today), lb.until(), lb.reason(),
                                    rs.getString("loan_block_set_by"), instant(rs.getTimestamp("loan_block_set_at"))),
                            loan, List.of(), 0, List.of(), rs.getTimestamp("withdrawn_at") == null ? null
                                    : new Withdrawal(rs.getTimestamp("withdrawn_at").toInstant(),
                                            rs.getString("withdrawn_by"), rs.getString("withdrawn_reason"))),
                    rs.getLong("title_id"));
                }, copyId).orElseThrow(() -> ProblemException.notFound("Copy", copyId));
        CopyDetail detail = row.detail();
        List<ReservationView> onCopy = reservations.list("(r.assigned_copy_id = ? OR r.requested_copy_id = ?)"
                + " AND r.status IN ('WAITING', 'IN_TRANSIT', 'READY') ORDER BY r.id", true, copyId, copyId);
        long queue = jdbc.count("SELECT count(*) FROM reservation WHERE title_id = ? AND status = 'WAITING'",
                row.titleId());
        return new CopyDetail(detail.barcode(), detail.title(), detail.ownerLocation(), detail.currentLocation(),
                detail.transitTo(), detail.collectionCode(), detail.shelfMark(), detail.status(),
                detail.reservationBlock(), detail.loanBlock(), detail.currentLoan(), onCopy, queue, history(copyId),
                detail.withdrawal());
    }

    /** Single changes, and the series mutations that touched this copy (their previous values per copy), newest first. */
    private List<CopyChange> history(long copyId) {
        return jdbc.list("""
                SELECT * FROM (
                    SELECT changed_at, changed_by, what, old_value::text, new_value::text, series_mutation_id
                      FROM copy_change WHERE copy_id = ?
                    UNION ALL
                    SELECT m.created_at, m.created_by, 'SERIES_MUTATION',
                           jsonb_build_object('reservationBlock', i.reservation_block,
                                              'reservationBlockUntil', i.reservation_block_until,
                                              'loanBlocked', i.loan_blocked, 'loanBlockUntil', i.loan_block_until)::text,
                           m.change::text, m.id
                      FROM series_mutation_item i JOIN series_mutation m ON m.id = i.mutation_id WHERE i.copy_id = ?
                ) h ORDER BY changed_at DESC LIMIT 50""",
                rs -> new CopyChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        json(rs.getString(4)), json(rs.getString(5)), rs.getObject(6, Long.class)), copyId, copyId);
    }

    private Map<String, Object> json(String text) {
        try {
            return mapper.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


}
