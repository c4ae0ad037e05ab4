package nl.schoollibrary.reservations.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;
import nl.schoollibrary.reservations.reservation.policy.ClosedPeriod;
import nl.schoollibrary.reservations.reservation.policy.CopyFacts;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import nl.schoollibrary.reservations.reservation.policy.LoanBlock;
import nl.schoollibrary.reservations.reservation.policy.PickupCalendar;
import nl.schoollibrary.reservations.reservation.policy.PickupLocation;
import nl.schoollibrary.reservations.reservation.policy.ReservationBlock;
import nl.schoollibrary.reservations.reservation.policy.SchoolPolicy;
import nl.schoollibrary.reservations.reservation.policy.StudentFacts;

/** Loads the facts the reservation rules decide on. */
@ApplicationScoped
public class ReservationFacts {

    public static final SchoolPolicy DEFAULT_POLICY = new SchoolPolicy(true, false, true, 3);

    @Inject Jdbc jdbc;

    public Optional<StudentFacts> student(long patronId) {
        return jdbc.one("""
                SELECT p.id, p.school_id, s.organisation_id, p.library_link, p.membership_home_branch_id,
                       p.membership_valid_until
                  FROM patron p JOIN school s ON s.id = p.school_id
                 WHERE p.id = ? AND p.kind = 'STUDENT' AND p.active""",
                rs -> new StudentFacts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class)), patronId);
    }

    public SchoolPolicy policy(long schoolId) {
        return jdbc.one("SELECT reserve_at_school, reserve_at_branches, school_only_checked_out, max_active_reservations"
                + " FROM school_policy WHERE school_id = ?",
                rs -> new SchoolPolicy(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4)), schoolId)
                .orElse(DEFAULT_POLICY);
    }

    public Optional<PickupLocation> location(long id) {
        return jdbc.one("SELECT id, kind, organisation_id, school_id FROM location WHERE id = ? AND active",
                ReservationFacts::pickup, id);
    }

    /** The pickup options of a student: their school library, then the branches of their organisation (active ones). */
    public List<NamedLocation> pickupOptions(StudentFacts student) {
        return jdbc.list("""
                SELECT id, kind, organisation_id, school_id, name FROM location
                 WHERE ((kind = 'SCHOOL_LIBRARY' AND school_id = ?) OR (kind = 'BRANCH' AND organisation_id = ?))
                   AND active
                 ORDER BY kind DESC, name""",
                rs -> new NamedLocation(pickup(rs), rs.getString("name")), student.schoolId(), student.organisationId());
    }

    public Set<Long> branchIds(long organisationId) {
        return new HashSet<>(jdbc.list("SELECT id FROM location WHERE kind = 'BRANCH' AND organisation_id = ?",
                rs -> rs.getLong(1), organisationId));
    }

    /**
     * The student's active title reservations. Kind is filtered after the scan on purpose, here and in
     * {@link #placementsAfterLocks}: a condition {@code kind = 'TITLE' AND status IN (…active…)} also fits the partial unique
     * index led by the title (V11), which the planner takes, and reads whole, when statistics make it look empty.
     */
    public int activeReservations(long patronId) {
        return (int) jdbc.count("SELECT count(*) FILTER (WHERE kind = 'TITLE') FROM reservation WHERE patron_id = ?"
                + " AND status IN ('WAITING', 'IN_TRANSIT', 'READY')", patronId);
    }

    public boolean hasActiveReservation(long patronId, long titleId) {
        return jdbc.count("SELECT count(*) FROM reservation WHERE patron_id = ? AND title_id = ? AND kind = 'TITLE'"
                + " AND status IN ('WAITING', 'IN_TRANSIT', 'READY')", patronId, titleId) > 0;
    }

    /**
     * The opening days and the closed periods (ending on {@code from} or later) of a location. A location without
     * opening hours registered is open every day of the week, but not in its closed periods: a closure counts
     * wherever it is made.
     */
    public PickupCalendar calendar(long locationId, LocalDate from) {
        Set<DayOfWeek> open = new HashSet<>(jdbc.list("SELECT weekday FROM opening_hours WHERE location_id = ?",
                rs -> DayOfWeek.of(rs.getInt(1)), locationId));
        List<ClosedPeriod> closed = jdbc.list("SELECT from_date, to_date FROM closed_period WHERE location_id = ?"
                + " AND to_date >= ?", rs -> new ClosedPeriod(rs.getObject(1, LocalDate.class),
                rs.getObject(2, LocalDate.class)), locationId, from);
        return new PickupCalendar(open.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : open, closed);
    }

    /**
     * The pickup-by date of a reservation made ready today at the location: its pickup days counted in open days (as
     * {@link #calendar}). In one round trip, the location's advisory key taken shared first, so that the calendar is
     * read once it is held: a closure being made there ({@link PickupDates}) holds the key exclusively, so the date is
     * computed either with that closure or before it (and then moved by it).
     */
    public LocalDate pickupBy(long locationId, LocalDate today) {
        return jdbc.listAfter(List.of("SELECT pg_advisory_xact_lock_shared(?)"), """
                SELECT l.pickup_days,
                       ARRAY(SELECT h.weekday::int FROM opening_hours h WHERE h.location_id = l.id) AS open_days,
                       ARRAY(SELECT c.from_date FROM closed_period c WHERE c.location_id = l.id AND c.to_date >= ?
                              ORDER BY c.from_date, c.to_date) AS closed_from,
                       ARRAY(SELECT c.to_date FROM closed_period c WHERE c.location_id = l.id AND c.to_date >= ?
                              ORDER BY c.from_date, c.to_date) AS closed_to
                  FROM location l WHERE l.id = ?""", rs -> {
                    Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
                    for (Integer weekday : (Integer[]) rs.getArray("open_days").getArray()) {
                        open.add(DayOfWeek.of(weekday));
                    }
                    Date[] from = (Date[]) rs.getArray("closed_from").getArray();
                    Date[] to = (Date[]) rs.getArray("closed_to").getArray();
                    List<ClosedPeriod> closed = new ArrayList<>(from.length);
                    for (int i = 0; i < from.length; i++) {
                        closed.add(new ClosedPeriod(from[i].toLocalDate(), to[i].toLocalDate()));
                    }
                    return new PickupCalendar(open.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : open, closed)
                            .pickupBy(today, rs.getInt("pickup_days"));
                }, LockKeys.location(locationId), today, today, locationId).get(0);
    }

    public LocationSettings settings(long locationId) {
        return jdbc.one("SELECT pickup_days, loan_days, name FROM location WHERE id = ?",
                rs -> new LocationSettings(rs.getInt(1), rs.getInt(2), rs.getString(3)), locationId).orElseThrow();
    }

    /** Everything placing a title reservation decides on, in one statement (besides the copies). */
    public record PlacementFacts(StudentFacts student, SchoolPolicy policy, PickupLocation pickup, String pickupName,
            int pickupDays, int loanDays, int activeReservations, boolean hasActiveReservation, Set<Long> branches,
            String title, String authors, String coverUrl, CopiesWithDue copies) {
    }

    /** The patron, title and pickup location of one placement. */
    public record PlacementKey(long patronId, long titleId, long pickupLocationId) {
    }

    /**
     * Everything the given placements decide on, in one statement: per placement the student, the school's policy,
     * the pickup location, the student's active reservations, the title, and the title's copies with their due dates
     * (one row per copy, the facts repeated; one row without copy columns when the title has no copies). An element is
     * empty when its patron is not an active student or its title does not exist.
     *
     * <p>The advisory locks are taken first, in the same round trip (the lock statement and the facts go to the server
     * together, and the facts' snapshot is taken once the locks are held), in the one order every transaction uses:
     * the titles, then the patrons (each group by key), then the pickup locations shared, which only keeps them from
     * being deleted meanwhile (V10); placements at one location do not wait for each other. Two batches that share a
     * title or a patron therefore wait for each other and never deadlock. The placements of one call have distinct
     * titles and distinct patrons (the caller's batches are formed so): one's facts cannot depend on another's insert.
     */
    public List<Optional<PlacementFacts>> placementsAfterLocks(List<PlacementKey> keys) {
        int n = keys.size();
        long[] patrons = new long[n];
        long[] titles = new long[n];
        long[] pickups = new long[n];
        for (int i = 0; i < n; i++) {
            patrons[i] = keys.get(i).patronId();
            titles[i] = keys.get(i).titleId();
            pickups[i] = keys.get(i).pickupLocationId();
        }
        // titles, then patrons (exclusive), then pickup locations (shared); each group in key order
        long[] exclusive = LongStream.concat(keys(titles, LockKeys::title), keys(patrons, LockKeys::patron)).toArray();
        long[] lockKeys = LongStream.concat(LongStream.of(exclusive), keys(pickups, LockKeys::location)).toArray();
        boolean[] shared = new boolean[lockKeys.length];
        java.util.Arrays.fill(shared, exclusive.length, lockKeys.length, true);

        List<Optional<PlacementFacts>> facts = new ArrayList<>(java.util.Collections.nCopies(n, Optional.empty()));
        CopiesWithDue[] copies = new CopiesWithDue[n];
        jdbc.listAfter(List.of(GENERIC_PLANS, PLACEMENT_LOCKS), PLACEMENT_FACTS, rs -> {
            int i = rs.getInt("n") - 1;
            if (copies[i] == null) {
                copies[i] = new CopiesWithDue(new ArrayList<>(), new java.util.HashMap<>());
                facts.set(i, Optional.of(placementFacts(rs, copies[i])));
            }
            if (rs.getObject("id") != null) {
                addCopy(rs, copies[i].copies(), copies[i].due());
            }
            return null;
        }, lockKeys, shared, patrons, titles, pickups);
        return facts;
    }

    private static LongStream keys(long[] ids, java.util.function.LongUnaryOperator key) {
        return LongStream.of(ids).map(key).sorted().distinct();
    }

    /**
     * For the rest of the transaction, generic plans: the planner takes an array parameter for 100 rows and a given
     * array for its length, so it would find every custom plan cheaper than the generic one and plan the locks, the
     * facts and the insert again on every placement (~0.1 ms of database CPU). A statement of its own, without
     * parameters, so that it is planned once.
     */
    private static final String GENERIC_PLANS = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true)";

    /** The keys in the order given (evaluated after the sort: the output of a volatile function is computed last). */
    private static final String PLACEMENT_LOCKS = """
                SELECT CASE WHEN u.shared THEN pg_advisory_xact_lock_shared(u.k) ELSE pg_advisory_xact_lock(u.k) END
                  FROM unnest(?::bigint[], ?::boolean[]) WITH ORDINALITY AS u(k, shared, o) ORDER BY u.o""";

    private static final String PLACEMENT_FACTS = """
                WITH q AS (SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[]) WITH ORDINALITY
                                         AS q(patron_id, title_id, pickup_id, n)),
                     f AS MATERIALIZED ( -- once per placement, not once per copy row
                        SELECT q.n, p.id AS patron_id, p.school_id, s.organisation_id, p.library_link,
                               p.membership_home_branch_id, p.membership_valid_until,
                               coalesce(sp.reserve_at_school, true) AS reserve_at_school,
                               coalesce(sp.reserve_at_branches, false) AS reserve_at_branches,
                               coalesce(sp.school_only_checked_out, true) AS school_only_checked_out,
                               coalesce(sp.max_active_reservations, 3) AS max_active,
                               pl.id AS pl_id, pl.kind AS pl_kind, pl.organisation_id AS pl_org,
                               pl.school_id AS pl_school, pl.name AS pl_name, pl.pickup_days, pl.loan_days,
                               a.active, a.has_active,
                               ARRAY(SELECT b.id FROM location b WHERE b.kind = 'BRANCH'
                                        AND b.organisation_id = s.organisation_id) AS branches,
                               t.id AS t_id, t.title, t.authors, t.cover_url
                          FROM q JOIN patron p ON p.id = q.patron_id AND p.kind = 'STUDENT' AND p.active
                          JOIN school s ON s.id = p.school_id
                          LEFT JOIN school_policy sp ON sp.school_id = p.school_id
                          JOIN title t ON t.id = q.title_id
                          LEFT JOIN location pl ON pl.id = q.pickup_id AND pl.active
                          CROSS JOIN LATERAL ( -- the student's active title reservations (see activeReservations)
                                SELECT count(*) FILTER (WHERE r.kind = 'TITLE') AS active,
                                       coalesce(bool_or(r.kind = 'TITLE' AND r.title_id = t.id), false) AS has_active
                                  FROM reservation r WHERE r.patron_id = p.id
                                   AND r.status IN ('WAITING', 'IN_TRANSIT', 'READY')) a)
                SELECT f.*, c.id, c.owner_location_id, c.current_location_id, c.status, c.reservation_block,
                       c.reservation_block_until, c.loan_blocked, c.loan_block_until, c.loan_block_reason, c.due_date
                  FROM f LEFT JOIN LATERAL (
                        SELECT c.id, c.owner_location_id, c.current_location_id, c.status, c.reservation_block,
                               c.reservation_block_until, c.loan_blocked, c.loan_block_until, c.loan_block_reason,
                               ln.due_date
                          FROM copy c LEFT JOIN loan ln ON ln.copy_id = c.id AND ln.returned_at IS NULL
                         WHERE c.title_id = f.t_id AND c.status <> 'WITHDRAWN') c ON true
                 ORDER BY f.n, c.id""";

    private static PlacementFacts placementFacts(ResultSet rs, CopiesWithDue copies) throws SQLException {
        StudentFacts student = new StudentFacts(rs.getLong("patron_id"), rs.getLong("school_id"),
                rs.getLong("organisation_id"), rs.getBoolean("library_link"),
                rs.getObject("membership_home_branch_id", Long.class),
                rs.getObject("membership_valid_until", LocalDate.class));
        SchoolPolicy policy = new SchoolPolicy(rs.getBoolean("reserve_at_school"), rs.getBoolean("reserve_at_branches"),
                rs.getBoolean("school_only_checked_out"), rs.getInt("max_active"));
        PickupLocation pickup = rs.getObject("pl_id") == null ? null : new PickupLocation(rs.getLong("pl_id"),
                LocationKind.valueOf(rs.getString("pl_kind")), rs.getLong("pl_org"),
                rs.getObject("pl_school", Long.class));
        Set<Long> branches = new HashSet<>();
        for (Object id : (Object[]) rs.getArray("branches").getArray()) {
            branches.add(((Number) id).longValue());
        }
        return new PlacementFacts(student, policy, pickup, rs.getString("pl_name"), rs.getInt("pickup_days"),
                rs.getInt("loan_days"), rs.getInt("active"), rs.getBoolean("has_active"), branches,
                rs.getString("title"), rs.getString("authors"), rs.getString("cover_url"), copies);
    }

    /** The copies of a title with the due date of each copy on loan. */
    public record CopiesWithDue(List<CopyFacts> copies, java.util.Map<Long, LocalDate> due) {
    }

    public CopiesWithDue copiesWithDue(long titleId) {
        java.util.Map<Long, LocalDate> due = new java.util.HashMap<>();
        List<CopyFacts> copies = new ArrayList<>();
        jdbc.list("""
                SELECT c.id, c.owner_location_id, c.current_location_id, c.status, c.reservation_block,
                       c.reservation_block_until, c.loan_blocked, c.loan_block_until, c.loan_block_reason, ln.due_date
                  FROM copy c LEFT JOIN loan ln ON ln.copy_id = c.id AND ln.returned_at IS NULL
                 WHERE c.title_id = ? AND c.status <> 'WITHDRAWN' ORDER BY c.id""", rs -> {
                    addCopy(rs, copies, due);
                    return null;
                }, titleId);
        return new CopiesWithDue(copies, due);
    }

    /** One row of a title's copies (with {@code due_date} of an open loan) into the copies and their due dates. */
    private static void addCopy(ResultSet rs, List<CopyFacts> copies, java.util.Map<Long, LocalDate> due)
            throws SQLException {
        CopyFacts copy = copyFacts(rs);
        copies.add(copy);
        LocalDate d = rs.getObject("due_date", LocalDate.class);
        if (d != null) {
            due.put(copy.copyId(), d);
        }
    }

    static PickupLocation pickup(ResultSet rs) throws SQLException {
        return new PickupLocation(rs.getLong("id"), LocationKind.valueOf(rs.getString("kind")),
                rs.getLong("organisation_id"), rs.getObject("school_id", Long.class));
    }

    public static CopyFacts copyFacts(ResultSet rs) throws SQLException {
        return new CopyFacts(rs.getLong("id"), rs.getLong("owner_location_id"), rs.getLong("current_location_id"),
                CopyStatus.valueOf(rs.getString("status")),
                new ReservationBlock(BlockLevel.valueOf(rs.getString("reservation_block")),
                        rs.getObject("reservation_block_until", LocalDate.class)),
                new LoanBlock(rs.getBoolean("loan_blocked"), rs.getObject("loan_block_until", LocalDate.class),
                        rs.getString("loan_block_reason")));
    }

    public record NamedLocation(PickupLocation location, String name) {
    }

    public record LocationSettings(int pickupDays, int loanDays, String name) {
    }
}
