package nl.schoollibrary.reservations.blocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.blocks.BlockDtos.CopyChange;
import nl.schoollibrary.reservations.blocks.BlockDtos.CopyDetail;
import nl.schoollibrary.reservations.blocks.BlockDtos.CopyReservationRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.CurrentLoan;
import nl.schoollibrary.reservations.blocks.BlockDtos.Level;
import nl.schoollibrary.reservations.blocks.BlockDtos.LoanBlockView;
import nl.schoollibrary.reservations.blocks.BlockDtos.ReservationBlockView;
import nl.schoollibrary.reservations.blocks.BlockDtos.SetLoanBlockRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.SetReservationBlockRequest;
import nl.schoollibrary.reservations.copy.CopyStatus;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.PatronNames;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle;
import nl.schoollibrary.reservations.reservation.ReservationStatus;
import nl.schoollibrary.reservations.reservation.ReservationAccess;
import nl.schoollibrary.reservations.reservation.ReservationDtos.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.PatronRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationDtos.TitleRef;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.ReservationReads;
import nl.schoollibrary.reservations.reservation.ReservationService;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import nl.schoollibrary.reservations.reservation.policy.LoanBlock;
import nl.schoollibrary.reservations.reservation.policy.ReservationBlock;

/** One copy: its staff detail, its reservation block and loan block (with history), and staff copy reservations. */
@ApplicationScoped
public class CopyService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final ReservationReads reservations;
    private final ReservationService reservationService;
    private final ReservationAccess access;
    private final ReservationFacts facts;
    private final EventOutbox events;

    public CopyService(Jdbc jdbc, Clock clock, ObjectMapper mapper, ReservationReads reservations,
            ReservationService reservationService, ReservationAccess access, ReservationFacts facts, EventOutbox events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mapper = mapper;
        this.reservations = reservations;
        this.reservationService = reservationService;
        this.access = access;
        this.facts = facts;
        this.events = events;
    }

    record CopyRef(long id, long titleId, long ownerLocationId, String status) {
    }

    /** The copy if it is in the actor's scope; 404 otherwise (also for another organisation's copies). */
    CopyRef find(Actor actor, String rawBarcode) {
        String barcode = rawBarcode.strip().toUpperCase(Locale.ROOT);
        CopyScope scope = CopyScope.of(actor);
        return jdbc.one("SELECT c.id, c.title_id, c.owner_location_id, c.status FROM copy c"
                + " JOIN location o ON o.id = c.owner_location_id WHERE c.barcode = ? AND " + scope.sql(),
                rs -> new CopyRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)), barcode, scope.param())
                .orElseThrow(() -> ProblemException.notFound("Copy", barcode));
    }

    @Transactional
    public CopyDetail detail(Actor actor, String barcode) {
        CopyRef ref = find(actor, barcode);
        LocalDate today = LocalDate.now(clock);
        CopyDetail detail = jdbc.one("""
                SELECT c.barcode, c.shelf_mark, c.status, c.reservation_block, c.reservation_block_until,
                       c.reservation_block_set_by, c.reservation_block_set_at, c.loan_blocked, c.loan_block_until,
                       c.loan_block_reason, c.loan_block_set_by, c.loan_block_set_at, col.code AS collection_code,
                       t.id AS title_id, t.title, t.authors, t.cover_url,
                       o.id AS owner_id, o.name AS owner_name, o.kind AS owner_kind,
                       cl.id AS current_id, cl.name AS current_name, cl.kind AS current_kind,
                       tl.id AS transit_id, tl.name AS transit_name, tl.kind AS transit_kind,
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
                    return new CopyDetail(rs.getString("barcode"),
                            new TitleRef(rs.getLong("title_id"), rs.getString("title"), rs.getString("authors"),
                                    rs.getString("cover_url")),
                            location(rs, "owner"), location(rs, "current"),
                            rs.getObject("transit_id") == null ? null : location(rs, "transit"),
                            rs.getString("collection_code"), rs.getString("shelf_mark"),
                            CopyStatus.valueOf(rs.getString("status")),
                            new ReservationBlockView(Level.valueOf(rb.level().name()), rb.level().staffCode(), rb.until(),
                                    rb.activeOn(today), rs.getString("reservation_block_set_by"),
                                    instant(rs.getTimestamp("reservation_block_set_at"))),
                            new LoanBlockView(lb.blocked(), lb.activeOn(today), lb.until(), lb.reason(),
                                    rs.getString("loan_block_set_by"), instant(rs.getTimestamp("loan_block_set_at"))),
                            loan, List.of(), 0, List.of());
                }, ref.id()).orElseThrow();
        List<ReservationView> onCopy = reservations.list("(r.assigned_copy_id = ? OR r.requested_copy_id = ?)"
                + " AND r.status IN ('WAITING', 'IN_TRANSIT', 'READY') ORDER BY r.id", true, ref.id(), ref.id());
        long queue = jdbc.count("SELECT count(*) FROM reservation WHERE title_id = ? AND status = 'WAITING'", ref.titleId());
        // Single changes, and the series mutations that touched this copy (their previous values per copy).
        List<CopyChange> history = jdbc.list("""
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
                rs -> new CopyChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), json(rs.getString(4)),
                        json(rs.getString(5)), rs.getObject(6, Long.class)), ref.id(), ref.id());
        return new CopyDetail(detail.barcode(), detail.title(), detail.ownerLocation(), detail.currentLocation(),
                detail.transitTo(), detail.collectionCode(), detail.shelfMark(), detail.status(),
                detail.reservationBlock(), detail.loanBlock(), detail.currentLoan(), onCopy, queue, history);
    }

    @Transactional
    public CopyDetail setReservationBlock(Actor actor, String barcode, SetReservationBlockRequest request) {
        validateUntil("until", request.until());
        if (request.level() == Level.NONE && request.until() != null) {
            throw ProblemException.invalid("until", "an end date needs a block (OWN_PATRONS_ONLY or NOT_RESERVABLE)");
        }
        CopyRef ref = lock(actor, barcode);
        Map<String, Object> before = blockValues(ref.id(), true);
        jdbc.update("UPDATE copy SET reservation_block = ?, reservation_block_until = ?, reservation_block_set_by = ?,"
                + " reservation_block_set_at = ?, version = version + 1 WHERE id = ?", request.level().name(),
                request.until(), actor.username(), clock.instant(), ref.id());
        record(ref.id(), actor, "RESERVATION_BLOCK", before, blockValues(ref.id(), true));
        events.copyEvent("ReservationBlockChanged", ref.id(), Map.of("level", request.level().name()));
        return detail(actor, barcode);
    }

    @Transactional
    public CopyDetail setLoanBlock(Actor actor, String barcode, SetLoanBlockRequest request) {
        validateUntil("until", request.until());
        CopyRef ref = lock(actor, barcode);
        Map<String, Object> before = blockValues(ref.id(), false);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        jdbc.update("UPDATE copy SET loan_blocked = true, loan_block_until = ?, loan_block_reason = ?,"
                + " loan_block_set_by = ?, loan_block_set_at = ?, version = version + 1 WHERE id = ?", request.until(),
                reason, actor.username(), clock.instant(), ref.id());
        record(ref.id(), actor, "LOAN_BLOCK", before, blockValues(ref.id(), false));
        events.copyEvent("LoanBlockChanged", ref.id(), Map.of("blocked", true));
        return detail(actor, barcode);
    }

    @Transactional
    public CopyDetail clearLoanBlock(Actor actor, String barcode) {
        CopyRef ref = lock(actor, barcode);
        Map<String, Object> before = blockValues(ref.id(), false);
        jdbc.update("UPDATE copy SET loan_blocked = false, loan_block_until = NULL, loan_block_reason = NULL,"
                + " loan_block_set_by = ?, loan_block_set_at = ?, version = version + 1 WHERE id = ?",
                actor.username(), clock.instant(), ref.id());
        record(ref.id(), actor, "LOAN_BLOCK", before, blockValues(ref.id(), false));
        events.copyEvent("LoanBlockChanged", ref.id(), Map.of("blocked", false));
        return detail(actor, barcode);
    }

    /**
     * A staff reservation of one copy of their own location, for a student or special pass — allowed even when the
     * copy is blocked for reservation. A copy on the shelf is ready at once (pull it: it is on the hold shelf list);
     * otherwise it waits and goes before every title reservation when the copy comes back.
     */
    @Transactional
    public ReservationView reserveCopy(Actor actor, String barcode, CopyReservationRequest request) {
        CopyRef found = find(actor, barcode);
        if (actor.locationId() != null && found.ownerLocationId() != actor.locationId()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Staff reserve copies of their own location only.");
        }
        if (!access.patronVisible(actor, request.patronId())) {
            throw ProblemException.notFound("Patron", request.patronId());
        }
        long pickup = request.pickupLocationId() == null ? found.ownerLocationId() : request.pickupLocationId();
        var pickupLocation = facts.location(pickup).filter(l -> l.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException(ErrorCode.PICKUP_LOCATION_INVALID,
                        "The pickup location must be a location of your organisation."));
        reservationService.lockTitle(found.titleId());
        CopyRef ref = lock(actor, barcode);
        boolean onShelf = "ON_SHELF".equals(ref.status());
        LocalDate today = LocalDate.now(clock);
        LocalDate pickupBy = onShelf ? facts.calendar(pickup, today).pickupBy(today, facts.settings(pickup).pickupDays())
                : null;
        // Placed, and ready at once when the copy is on the shelf (captured for it right away).
        ReservationStatus placed = ReservationLifecycle.STANDARD.start();
        ReservationStatus status = onShelf ? ReservationLifecycle.STANDARD.to(placed,
                ReservationLifecycle.Transition.CAPTURE_READY) : placed;
        long id;
        try {
            id = jdbc.one("""
                    INSERT INTO reservation (kind, patron_id, school_id, title_id, requested_copy_id, pickup_location_id,
                                             scope, status, placed_at, placed_by, assigned_copy_id, captured_at, ready_at,
                                             pickup_by)
                    VALUES ('COPY', ?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"""
                    .formatted(ReservationAccess.SCHOOL_OF_PATRON), rs -> rs.getLong(1),
                    request.patronId(), request.patronId(), ref.titleId(), ref.id(), pickup,
                    pickupLocation.isSchoolLibrary() ? "SCHOOL" : "LIBRARY", status.name(),
                    clock.instant(), actor.username(), onShelf ? ref.id() : null, onShelf ? clock.instant() : null,
                    onShelf ? clock.instant() : null, pickupBy).orElseThrow();
        } catch (Jdbc.UniqueViolation e) {
            throw new ProblemException(ErrorCode.CONFLICT, "This copy already has an active copy reservation.");
        }
        if (onShelf) {
            jdbc.update("UPDATE copy SET status = 'ON_HOLD_SHELF', version = version + 1 WHERE id = ?", ref.id());
        }
        record(ref.id(), actor, "COPY_RESERVATION", Map.of(), Map.of("reservationId", id, "patronId", request.patronId()));
        events.reservationEvent("CopyReservationPlaced", id, Map.of("copyId", ref.id(), "ready", onShelf));
        return reservations.byId(id, true).orElseThrow();
    }

    private CopyRef lock(Actor actor, String barcode) {
        CopyRef ref = find(actor, barcode);
        return jdbc.one("SELECT id, title_id, owner_location_id, status FROM copy WHERE id = ? FOR UPDATE",
                rs -> new CopyRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)), ref.id()).orElseThrow();
    }

    private void validateUntil(String field, LocalDate until) {
        if (until != null && until.isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalid(field, "must be today or later");
        }
    }

    private Map<String, Object> blockValues(long copyId, boolean reservationBlock) {
        String sql = reservationBlock ? "SELECT reservation_block, reservation_block_until FROM copy WHERE id = ?"
                : "SELECT loan_blocked, loan_block_until, loan_block_reason FROM copy WHERE id = ?";
        return jdbc.one(sql, rs -> {
            Map<String, Object> values = new LinkedHashMap<>();
            if (reservationBlock) {
                values.put("level", rs.getString(1));
                values.put("until", rs.getString(2));
            } else {
                values.put("blocked", rs.getBoolean(1));
                values.put("until", rs.getString(2));
                values.put("reason", rs.getString(3));
            }
            return values;
        }, copyId).orElseThrow();
    }

    private void record(long copyId, Actor actor, String what, Map<String, Object> before, Map<String, Object> after) {
        try {
            jdbc.update("INSERT INTO copy_change (copy_id, changed_at, changed_by, what, old_value, new_value)"
                    + " VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)", copyId, clock.instant(), actor.username(), what,
                    mapper.writeValueAsString(before), mapper.writeValueAsString(after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> json(String text) {
        try {
            return mapper.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocationRef location(ResultSet rs, String prefix) throws SQLException {
        return new LocationRef(rs.getLong(prefix + "_id"), rs.getString(prefix + "_name"),
                LocationKind.valueOf(rs.getString(prefix + "_kind")));
    }

    private static java.time.Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
