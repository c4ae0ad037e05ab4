package nl.schoollibrary.reservations.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.circulation.CirculationDtos.HoldShelf;
import nl.schoollibrary.reservations.circulation.CirculationDtos.HoldShelfEntry;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanStatus;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanView;
import nl.schoollibrary.reservations.circulation.CirculationDtos.PickListEntry;
import nl.schoollibrary.reservations.circulation.CirculationDtos.ReservedAlert;
import nl.schoollibrary.reservations.common.AppClock;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.PatronNames;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.ReservationStatus;
import nl.schoollibrary.reservations.reservation.policy.CopyEligibility;
import nl.schoollibrary.reservations.reservation.policy.CopyFacts;
import nl.schoollibrary.reservations.reservation.policy.PickupLocation;
import nl.schoollibrary.reservations.reservation.policy.Scope;
import nl.schoollibrary.reservations.reservation.policy.StudentFacts;

/** Loans, the hold shelf and the pick list as staff and students see them. */
@ApplicationScoped
public class CirculationReads {

    @Inject Jdbc jdbc;
    @Inject ReservationFacts facts;
    @Inject Clock clock;

    public List<LoanView> openLoansOfPatron(long patronId) {
        return loanViews(jdbc, "ln.patron_id = ? AND ln.returned_at IS NULL ORDER BY ln.due_date, ln.id", false,
                LocalDate.now(clock), patronId);
    }

    /** Every loan of a patron, returned ones too (data export). */
    public List<LoanView> allLoansOfPatron(long patronId) {
        return loanViews(jdbc, "ln.patron_id = ? ORDER BY ln.checked_out_at DESC, ln.id DESC", false,
                LocalDate.now(clock), patronId);
    }

    /** A loan just made at the desk, as staff see it, with the reservation it fulfilled (if any). */
    LoanView lent(long loanId, Long fulfilledReservationId) {
        return loanViews(jdbc, "ln.id = ?", true, LocalDate.now(clock), loanId).stream().findFirst()
                .map(l -> new LoanView(l.id(), l.barcode(), l.title(), l.location(), l.checkedOutAt(), l.dueDate(),
                        l.overdue(), l.status(), l.returnedAt(), l.patron(), fulfilledReservationId))
                .orElseThrow();
    }

    /** A patron as the desk checks it: name, group, and the school (of a special pass: of its school library). */
    PatronRef patron(long patronId) {
        return jdbc.one("""
                SELECT p.id AS patron_id, p.first_name, p.last_name, p.group_name, s.name AS school_name
                  FROM patron p LEFT JOIN location ol ON ol.id = p.owner_location_id
                  LEFT JOIN school s ON s.id = coalesce(p.school_id, ol.school_id)
                 WHERE p.id = ?""", CirculationReads::patronRef, patronId).orElseThrow();
    }

    /** A copy by its barcode, unlocked: which title to lock first, and the organisation that owns it. */
    Optional<CopyRow> copyByBarcode(String barcode) {
        return jdbc.one("SELECT c.id, o.organisation_id, t.id, t.title, t.authors, t.cover_url FROM copy c"
                + " JOIN location o ON o.id = c.owner_location_id JOIN title t ON t.id = c.title_id WHERE c.barcode = ?",
                rs -> new CopyRow(rs.getLong(1), titleRef(rs, 3), rs.getLong(2)), barcode);
    }

    /** The desk alert's facts: the student the copy is reserved for, where and until when it is picked up. */
    ReservedAlert alert(long reservationId, LocalDate pickupBy) {
        return jdbc.one("""
                SELECT p.first_name, p.last_name, p.group_name, r.pickup_location_id, l.name, l.kind
                  FROM reservation r JOIN patron p ON p.id = r.patron_id JOIN location l ON l.id = r.pickup_location_id
                 WHERE r.id = ?""", rs -> new ReservedAlert(reservationId,
                        PatronNames.display(rs.getString(1), rs.getString(2)), rs.getString(3),
                        new LocationRef(rs.getLong(4), rs.getString(5), LocationKind.valueOf(rs.getString(6))),
                        pickupBy), reservationId).orElseThrow();
    }

    private static TitleRef titleRef(ResultSet rs, int from) throws SQLException {
        return new TitleRef(rs.getLong(from), rs.getString(from + 1), rs.getString(from + 2), rs.getString(from + 3));
    }

    LocationRef location(long locationId) {
        return jdbc.one("SELECT id, name, kind FROM location WHERE id = ?",
                rs -> new LocationRef(rs.getLong(1), rs.getString(2), LocationKind.valueOf(rs.getString(3))),
                locationId).orElseThrow();
    }

    static List<LoanView> loanViews(Jdbc jdbc, String where, boolean staff, LocalDate today, Object... params) {
        return jdbc.list(LOAN_SELECT + " WHERE " + where, rs -> loanView(rs, staff, today), params);
    }

    private static final String LOAN_SELECT = """
            SELECT ln.id, c.barcode, t.id AS title_id, t.title, t.authors, t.cover_url, l.id AS location_id, l.name,
                   l.kind, ln.checked_out_at, ln.due_date, ln.returned_at, p.id AS patron_id, p.first_name, p.last_name,
                   p.group_name, s.name AS school_name
              FROM loan ln JOIN copy c ON c.id = ln.copy_id JOIN title t ON t.id = c.title_id
              JOIN location l ON l.id = ln.location_id LEFT JOIN patron p ON p.id = ln.patron_id
              LEFT JOIN school s ON s.id = p.school_id""";

    private static LoanView loanView(java.sql.ResultSet rs, boolean staff, LocalDate today) throws java.sql.SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        java.sql.Timestamp returned = rs.getTimestamp("returned_at");
        boolean overdue = returned == null ? due.isBefore(today)
                : LocalDate.ofInstant(returned.toInstant(), AppClock.ZONE).isAfter(due);
        return new LoanView(rs.getLong("id"), rs.getString("barcode"),
                new TitleRef(rs.getLong("title_id"), rs.getString("title"), rs.getString("authors"),
                        rs.getString("cover_url")),
                new LocationRef(rs.getLong("location_id"), rs.getString("name"),
                        LocationKind.valueOf(rs.getString("kind"))),
                rs.getTimestamp("checked_out_at").toInstant(), due, overdue,
                returned == null ? LoanStatus.OPEN : LoanStatus.RETURNED, returned == null ? null : returned.toInstant(),
                staff ? patronRef(rs) : null, null);
    }

    /**
     * Loans in the caller's scope, newest first: school staff and school clients their school's (the row's own
     * school, so anonymised loans still count), library staff, admins and organisation clients their organisation's.
     */
    public Page<LoanView> loans(Actor actor, LoanStatus status, Long patronId, String studentNumber, int page, int size) {
        StringBuilder where = new StringBuilder(scopeSql(actor));
        List<Object> params = new ArrayList<>(List.of(scopeParam(actor)));
        if (status != null) {
            where.append(status == LoanStatus.OPEN ? " AND ln.returned_at IS NULL" : " AND ln.returned_at IS NOT NULL");
        }
        if (patronId != null) {
            where.append(" AND ln.patron_id = ?");
            params.add(patronId);
        }
        if (studentNumber != null) {
            where.append(" AND ln.patron_id IN (SELECT id FROM patron WHERE student_number = ?)");
            params.add(studentNumber);
        }
        long total = jdbc.count("SELECT count(*) FROM loan ln JOIN location l ON l.id = ln.location_id WHERE " + where,
                params.toArray());
        params.add(size);
        params.add((long) page * size);
        List<LoanView> items = loanViews(jdbc, where + " ORDER BY ln.checked_out_at DESC, ln.id DESC LIMIT ? OFFSET ?",
                actor.isStaff(), LocalDate.now(clock), params.toArray());
        return new Page<>(items, page, size, total);
    }

    /** One loan, if the caller may see it. */
    public Optional<LoanView> loan(Actor actor, long id) {
        return loanViews(jdbc, "ln.id = ? AND " + scopeSql(actor), actor.isStaff(), LocalDate.now(clock), id,
                scopeParam(actor)).stream().findFirst();
    }

    private static String scopeSql(Actor actor) {
        return switch (actor.role()) {
            case SCHOOL_STAFF -> "ln.school_id = ?";
            case INTEGRATION -> actor.schoolId() != null ? "ln.school_id = ?" : "l.organisation_id = ?";
            case LIBRARY_STAFF, ADMIN -> "l.organisation_id = ?";
            case STUDENT -> "ln.patron_id = ?";
        };
    }

    private static Object scopeParam(Actor actor) {
        return switch (actor.role()) {
            case SCHOOL_STAFF -> actor.schoolId();
            case INTEGRATION -> actor.schoolId() != null ? actor.schoolId() : actor.organisationId();
            case LIBRARY_STAFF, ADMIN -> actor.organisationId();
            case STUDENT -> actor.patronId();
        };
    }

    public HoldShelf holdShelf(long locationId) {
        LocationRef location = location(locationId);
        List<HoldShelfEntry> ready = jdbc.list(SHELF_SELECT + """
                 WHERE r.status = 'READY' AND r.pickup_location_id = ? AND c.current_location_id = ?
                 ORDER BY r.pickup_by, t.title""", CirculationReads::shelfEntry, locationId, locationId);
        // On the hold shelf here, but its reservation expired or was cancelled: the latest closed one per copy.
        List<HoldShelfEntry> toClear = jdbc.list(SHELF_SELECT + """
                 WHERE c.status = 'ON_HOLD_SHELF' AND c.current_location_id = ?
                   AND r.status IN ('EXPIRED', 'CANCELLED')
                   AND r.id = (SELECT max(r3.id) FROM reservation r3 WHERE r3.assigned_copy_id = c.id)
                   AND NOT EXISTS (SELECT 1 FROM reservation r2 WHERE r2.assigned_copy_id = c.id
                                     AND r2.status IN ('IN_TRANSIT', 'READY'))
                 ORDER BY r.closed_at, t.title""", CirculationReads::shelfEntry, locationId);
        return new HoldShelf(location, ready, toClear, pickList(locationId));
    }

    private static final String SHELF_SELECT = """
            SELECT c.barcode, c.shelf_mark, t.id AS title_id, t.title, t.authors, t.cover_url, r.id AS reservation_id,
                   r.pickup_by, r.status, r.closed_at, p.id AS patron_id, p.first_name, p.last_name, p.group_name,
                   s.name AS school_name
              FROM reservation r JOIN copy c ON c.id = r.assigned_copy_id JOIN title t ON t.id = r.title_id
              LEFT JOIN patron p ON p.id = r.patron_id LEFT JOIN school s ON s.id = p.school_id
            """;

    private static HoldShelfEntry shelfEntry(java.sql.ResultSet rs) throws java.sql.SQLException {
        boolean ready = ReservationStatus.of(rs.getString("status")) == ReservationStatus.READY;
        java.sql.Timestamp closed = rs.getTimestamp("closed_at");
        return new HoldShelfEntry(rs.getString("barcode"), rs.getString("shelf_mark"),
                new TitleRef(rs.getLong("title_id"), rs.getString("title"), rs.getString("authors"),
                        rs.getString("cover_url")),
                rs.getLong("reservation_id"), patronRef(rs), rs.getObject("pickup_by", LocalDate.class),
                ready ? null : rs.getString("status"), ready || closed == null ? null : closed.toInstant());
    }

    /**
     * Copies on the shelf here that can fill a waiting reservation (copy reservations of that copy, title
     * reservations in queue order), one copy per reservation and one reservation per copy.
     */
    List<PickListEntry> pickList(long locationId) {
        LocalDate today = LocalDate.now(clock);
        List<PickRow> rows = jdbc.list("""
                SELECT r.id AS reservation_id, r.kind, r.scope, r.placed_at, r.pickup_location_id, pl.name AS pickup_name,
                       pl.kind AS pickup_kind, pl.organisation_id AS pickup_org, pl.school_id AS pickup_school,
                       p.id AS patron_id, p.first_name, p.last_name, p.group_name, s.name AS school_name,
                       p.school_id, s.organisation_id AS patron_org, p.library_link, p.membership_home_branch_id,
                       p.membership_valid_until, t.id AS title_id, t.title, t.authors, t.cover_url,
                       c.id, c.barcode, c.shelf_mark, c.owner_location_id, c.current_location_id, c.status,
                       c.reservation_block, c.reservation_block_until, c.loan_blocked, c.loan_block_until,
                       c.loan_block_reason
                  FROM reservation r
                  JOIN copy c ON c.title_id = r.title_id AND c.status = 'ON_SHELF' AND c.current_location_id = ?
                       AND (r.kind = 'TITLE' OR c.id = r.requested_copy_id)
                  JOIN location pl ON pl.id = r.pickup_location_id
                  JOIN patron p ON p.id = r.patron_id LEFT JOIN school s ON s.id = p.school_id
                  JOIN title t ON t.id = r.title_id
                 WHERE r.status = 'WAITING' AND (r.suspended_until IS NULL OR r.suspended_until < ?)
                   AND (r.not_needed_after IS NULL OR r.not_needed_after >= ?)
                 ORDER BY (r.kind = 'COPY') DESC, r.queue_seq, r.id, c.barcode
                 LIMIT 2000""", rs -> new PickRow(
                new PickListEntry(rs.getString("barcode"), rs.getString("shelf_mark"),
                        new TitleRef(rs.getLong("title_id"), rs.getString("title"), rs.getString("authors"),
                                rs.getString("cover_url")),
                        rs.getLong("reservation_id"), patronRef(rs),
                        new LocationRef(rs.getLong("pickup_location_id"), rs.getString("pickup_name"),
                                LocationKind.valueOf(rs.getString("pickup_kind"))),
                        rs.getTimestamp("placed_at").toInstant()),
                rs.getString("kind"), Scope.valueOf(rs.getString("scope")),
                new PickupLocation(rs.getLong("pickup_location_id"), LocationKind.valueOf(rs.getString("pickup_kind")),
                        rs.getLong("pickup_org"), rs.getObject("pickup_school", Long.class)),
                rs.getObject("school_id", Long.class) == null ? null : new StudentFacts(rs.getLong("patron_id"),
                        rs.getLong("school_id"), rs.getLong("patron_org"), rs.getBoolean("library_link"),
                        rs.getObject("membership_home_branch_id", Long.class),
                        rs.getObject("membership_valid_until", LocalDate.class)),
                ReservationFacts.copyFacts(rs)), locationId, today, today);
        Set<Long> usedReservations = new HashSet<>();
        Set<Long> usedCopies = new HashSet<>();
        List<PickListEntry> result = new ArrayList<>();
        for (PickRow row : rows) {
            if (usedReservations.contains(row.entry.reservationId()) || usedCopies.contains(row.copy.copyId())) {
                continue;
            }
            if ("TITLE".equals(row.kind)) {
                if (row.student == null) {
                    continue;
                }
                Set<Long> branches = facts.branchIds(row.pickup.organisationId());
                boolean belongs = row.copy.ownerLocationId() == row.pickup.id() && CopyEligibility.patronBelongsTo(
                        row.student, row.pickup.id(), row.pickup.type(), row.pickup.schoolId());
                if (!CopyEligibility.couldEverFill(row.copy, row.pickup, row.scope, branches::contains, belongs, today)) {
                    continue;
                }
            }
            usedReservations.add(row.entry.reservationId());
            usedCopies.add(row.copy.copyId());
            result.add(row.entry);
        }
        return result;
    }

    private record PickRow(PickListEntry entry, String kind, Scope scope, PickupLocation pickup, StudentFacts student,
            CopyFacts copy) {
    }

    /** The patron of the row, or null when the row was anonymised (AVG retention). */
    private static PatronRef patronRef(java.sql.ResultSet rs) throws java.sql.SQLException {
        if (rs.getObject("patron_id") == null) {
            return null;
        }
        String first = rs.getString("first_name");
        String last = rs.getString("last_name");
        return new PatronRef(rs.getLong("patron_id"), PatronNames.display(first, last),
                rs.getString("group_name"), rs.getString("school_name"));
    }
}
