package nl.schoollibrary.reservations.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.PatronNames;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.Direction;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.policy.AvailabilityEstimate;
import nl.schoollibrary.reservations.reservation.policy.CopyEligibility;
import nl.schoollibrary.reservations.reservation.policy.CopyFacts;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import nl.schoollibrary.reservations.reservation.policy.PickupLocation;
import nl.schoollibrary.reservations.reservation.policy.Scope;
import nl.schoollibrary.reservations.reservation.policy.StudentFacts;

/** Reservations as the API shows them: with their place in line and an estimated availability date. */
@ApplicationScoped
public class ReservationReads {

    /**
     * The place in line counts the waiting title reservations of the same title that compete for the same copies:
     * at the same school library (SCHOOL) or at any branch of the same organisation (LIBRARY), placed before.
     */
    private static final String SELECT = """
            SELECT r.id, r.kind, r.status, r.scope, r.title_id, r.patron_id, r.pickup_location_id, r.placed_at,
                   r.pickup_by, r.suspended_until, r.not_needed_after, r.closed_at, r.close_reason,
                   t.title, t.authors, t.cover_url, l.name AS pickup_name, l.kind AS pickup_kind,
                   l.organisation_id AS pickup_org, l.school_id AS pickup_school, c.barcode,
                   p.first_name, p.last_name, p.group_name, s.name AS school_name,
                   CASE WHEN r.status = 'WAITING' AND r.kind = 'COPY' THEN 1
                        WHEN r.status = 'WAITING' THEN 1 + (
                       SELECT count(*) FROM reservation r2 JOIN location l2 ON l2.id = r2.pickup_location_id
                        WHERE r2.title_id = r.title_id AND r2.status = 'WAITING' AND r2.kind = 'TITLE'
                          AND r2.scope = r.scope
                          AND (CASE WHEN r.scope = 'SCHOOL' THEN r2.pickup_location_id = r.pickup_location_id
                                    ELSE l2.organisation_id = l.organisation_id END)
                          AND (r2.queue_seq, r2.id) < (r.queue_seq, r.id)) END AS position
              FROM reservation r
              JOIN title t ON t.id = r.title_id
              JOIN location l ON l.id = r.pickup_location_id
              LEFT JOIN patron p ON p.id = r.patron_id
              LEFT JOIN school s ON s.id = p.school_id
              LEFT JOIN copy c ON c.id = r.assigned_copy_id
            """;

    /** The active statuses as an SQL list. */
    private static final String ACTIVE = ReservationStatus.sqlList(ReservationStatus.ACTIVE);

    @Inject Jdbc jdbc;
    @Inject ReservationFacts facts;
    @Inject ReservationAccess access;
    @Inject Clock clock;

    public Optional<ReservationView> byId(long id, boolean withPatron) {
        return views(SELECT + " WHERE r.id = ?", withPatron, id).stream().findFirst();
    }

    public List<ReservationView> ofPatron(long patronId, boolean activeOnly) {
        String filter = activeOnly ? " AND r.status IN (" + ACTIVE + ")" : "";
        return views(SELECT + " WHERE r.patron_id = ?" + filter + " ORDER BY r.placed_at DESC, r.id DESC", false, patronId);
    }

    public Optional<ReservationView> activeOfPatronForTitle(long patronId, long titleId) {
        return views(SELECT + " WHERE r.patron_id = ? AND r.title_id = ? AND r.kind = 'TITLE'"
                + " AND r.status IN (" + ACTIVE + ")", false, patronId, titleId).stream().findFirst();
    }

    /** The waiting queue of a title (copy reservations first), limited to what the staff member may see. */
    public List<ReservationView> queue(Actor actor, long titleId) {
        return views(SELECT + " WHERE r.title_id = ? AND r.status = '" + ReservationStatus.WAITING + "' AND "
                + access.scopeSql(actor) + " ORDER BY (r.kind = '" + ReservationKind.COPY + "') DESC, r.queue_seq, r.id",
                true, titleId, access.scopeParam(actor));
    }

    /** What a list of reservations may be narrowed to; {@code null} leaves a filter out. */
    public record Filter(ReservationStatus status, Long titleId, Long patronId) {
    }

    /** One page of the reservations in the actor's scope (own, school, organisation) that pass the filter, newest first. */
    public Page<ReservationView> page(Actor actor, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(access.scopeSql(actor));
        List<Object> params = new ArrayList<>(List.of(access.scopeParam(actor)));
        if (filter.status() != null) {
            where.append(" AND r.status = ?");
            params.add(filter.status().name());
        }
        if (filter.titleId() != null) {
            where.append(" AND r.title_id = ?");
            params.add(filter.titleId());
        }
        if (filter.patronId() != null) {
            where.append(" AND r.patron_id = ?");
            params.add(filter.patronId());
        }
        long total = jdbc.count("SELECT count(*) FROM reservation r JOIN location l ON l.id = r.pickup_location_id"
                + " WHERE " + where, params.toArray());
        params.add(size);
        params.add(page * size);
        List<ReservationView> items = list(where + " ORDER BY r.placed_at DESC, r.id DESC LIMIT ? OFFSET ?",
                actor.isStaff(), params.toArray());
        return new Page<>(items, page, size, total);
    }

    public boolean titleExists(long titleId) {
        return jdbc.count("SELECT count(*) FROM title WHERE id = ?", titleId) > 0;
    }

    public List<ReservationView> list(String whereSql, boolean withPatron, Object... params) {
        return views(SELECT + " WHERE " + whereSql, withPatron, params);
    }

    /**
     * The active title reservation of the patron and title that {@code placedBy} placed since {@code since}: what an
     * earlier try of a placement made before it stopped without answering (an Idempotency-Key taken over).
     */
    public Optional<ReservationView> placedSince(String placedBy, long patronId, long titleId, Instant since,
            boolean withPatron) {
        return list("r.patron_id = ? AND r.title_id = ? AND r.kind = 'TITLE' AND r.status IN (" + ACTIVE
                + ") AND r.placed_by = ? AND r.placed_at >= ?",
                withPatron, patronId, titleId, placedBy, since).stream().findFirst();
    }

    /**
     * The waiting title reservation next to {@code id} in {@code direction} among those competing for the same copies
     * (same title and scope; same school library, or any branch of the organisation): what a queue move swaps with.
     */
    public Optional<Long> neighbourInQueue(long id, Direction direction) {
        String comparison = direction == Direction.UP ? "(r2.queue_seq, r2.id) < (r.queue_seq, r.id)"
                : "(r2.queue_seq, r2.id) > (r.queue_seq, r.id)";
        String order = direction == Direction.UP ? "r2.queue_seq DESC, r2.id DESC" : "r2.queue_seq, r2.id";
        return jdbc.one("""
                SELECT r2.id FROM reservation r
                  JOIN location l ON l.id = r.pickup_location_id
                  JOIN reservation r2 ON r2.title_id = r.title_id AND r2.status = '%s' AND r2.kind = '%s'
                       AND r2.scope = r.scope
                  JOIN location l2 ON l2.id = r2.pickup_location_id
                 WHERE r.id = ? AND (CASE WHEN r.scope = 'SCHOOL' THEN r2.pickup_location_id = r.pickup_location_id
                                          ELSE l2.organisation_id = l.organisation_id END)
                   AND\s""".formatted(ReservationStatus.WAITING, ReservationKind.TITLE) + comparison
                + " ORDER BY " + order + " LIMIT 1", rs -> rs.getLong(1), id);
    }

    private List<ReservationView> views(String sql, boolean withPatron, Object... params) {
        List<Row> rows = jdbc.list(sql, Row::of, params);
        LocalDate today = LocalDate.now(clock);
        Estimates estimates = new Estimates(today);
        List<ReservationView> views = new ArrayList<>(rows.size());
        for (Row row : rows) {
            LocalDate estimate = row.position != null && row.kind == ReservationKind.TITLE ? estimates.of(row) : null;
            // An anonymised reservation (AVG retention) has no patron any more: staff see it without one.
            PatronRef patron = withPatron && row.patronId != null
                    ? new PatronRef(row.patronId, row.patronName(), row.groupName, row.schoolName) : null;
            views.add(new ReservationView(row.id, row.kind, row.status, row.scope,
                    new TitleRef(row.titleId, row.title, row.authors, row.coverUrl),
                    new LocationRef(row.pickup.id(), row.pickupName, row.pickup.type()),
                    row.position, estimate, row.pickupBy, row.barcode, row.placedAt, row.suspendedUntil,
                    row.notNeededAfter, row.closedAt, row.closeReason, patron));
        }
        return views;
    }

    /** Estimates for one list of rows: copies, students, branches and location settings are each loaded once. */
    private final class Estimates {
        private final LocalDate today;
        private final Map<Long, ReservationFacts.CopiesWithDue> copies = new HashMap<>();
        private final Map<Long, Optional<StudentFacts>> students = new HashMap<>();
        private final Map<Long, Set<Long>> branches = new HashMap<>();
        private final Map<Long, ReservationFacts.LocationSettings> settings = new HashMap<>();

        Estimates(LocalDate today) {
            this.today = today;
        }

        LocalDate of(Row row) {
            ReservationFacts.CopiesWithDue title = copies.computeIfAbsent(row.titleId, facts::copiesWithDue);
            StudentFacts student = students.computeIfAbsent(row.patronId, facts::student).orElse(null);
            Set<Long> inScope = row.scope == Scope.LIBRARY
                    ? branches.computeIfAbsent(row.pickup.organisationId(), facts::branchIds) : Set.of();
            ReservationFacts.LocationSettings location = settings.computeIfAbsent(row.pickup.id(), facts::settings);
            return estimate(row.pickup, row.scope, row.position, student, inScope,
                    title.copies(), title.due(), location.pickupDays(), location.loanDays(), today);
        }
    }

    /**
     * The estimated date a copy becomes available for the reservation at {@code position}: the copies that could
     * fill it become free on their due date (on the shelf: today; held or in transit for someone: after one more
     * pickup period and loan), and serve the queue ahead in turn.
     */
    static LocalDate estimate(PickupLocation pickup, Scope scope, int position, StudentFacts student, Set<Long> branches,
            List<CopyFacts> copies, Map<Long, LocalDate> due, int pickupDays, int loanDays, LocalDate today) {
        List<LocalDate> free = new ArrayList<>();
        for (CopyFacts copy : copies) {
            boolean belongs = student != null && copy.ownerLocationId() == pickup.id()
                    && CopyEligibility.patronBelongsTo(student, pickup.id(), pickup.type(), pickup.schoolId());
            if (!CopyEligibility.couldEverFill(copy, pickup, scope, branches::contains, belongs, today)) {
                continue;
            }
            if (copy.state() == CopyStatus.ON_LOAN && due.containsKey(copy.copyId())) {
                LocalDate d = due.get(copy.copyId());
                free.add(d.isBefore(today) ? today : d);
            } else if (copy.state() == CopyStatus.ON_SHELF) {
                free.add(today);
            } else {
                free.add(today.plusDays(pickupDays + loanDays));
            }
        }
        List<LocalDate> dates = AvailabilityEstimate.estimate(today, free, position, pickupDays, loanDays);
        return dates.size() >= position ? dates.get(position - 1) : null;
    }

    private record Row(long id, ReservationKind kind, ReservationStatus status, Scope scope, long titleId, Long patronId,
            PickupLocation pickup, String pickupName, Instant placedAt, LocalDate pickupBy, LocalDate suspendedUntil,
            LocalDate notNeededAfter, Instant closedAt, String closeReason, String title, String authors,
            String coverUrl, String barcode, String firstName, String lastName, String groupName, String schoolName,
            Integer position) {

        static Row of(ResultSet rs) throws SQLException {
            PickupLocation pickup = new PickupLocation(rs.getLong("pickup_location_id"),
                    LocationKind.valueOf(rs.getString("pickup_kind")),
                    rs.getLong("pickup_org"), rs.getObject("pickup_school", Long.class));
            Timestamp closed = rs.getTimestamp("closed_at");
            return new Row(rs.getLong("id"), ReservationKind.valueOf(rs.getString("kind")),
                    ReservationStatus.of(rs.getString("status")), Scope.valueOf(rs.getString("scope")), rs.getLong("title_id"), rs.getObject("patron_id", Long.class), pickup,
                    rs.getString("pickup_name"), rs.getTimestamp("placed_at").toInstant(),
                    rs.getObject("pickup_by", LocalDate.class), rs.getObject("suspended_until", LocalDate.class),
                    rs.getObject("not_needed_after", LocalDate.class), closed == null ? null : closed.toInstant(),
                    rs.getString("close_reason"), rs.getString("title"), rs.getString("authors"),
                    rs.getString("cover_url"), rs.getString("barcode"), rs.getString("first_name"),
                    rs.getString("last_name"), rs.getString("group_name"), rs.getString("school_name"),
                    rs.getObject("position") == null ? null : rs.getInt("position"));
        }

        String patronName() {
            return PatronNames.display(firstName, lastName);
        }
    }
}
