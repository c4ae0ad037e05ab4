package nl.schoollibrary.reservations.blocks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.blocks.BlockDtos.CollectionView;
import nl.schoollibrary.reservations.blocks.BlockDtos.CreateCollectionRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.CreateSpecialPassRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.Level;
import nl.schoollibrary.reservations.blocks.BlockDtos.PassLoan;
import nl.schoollibrary.reservations.blocks.BlockDtos.SchoolPolicyView;
import nl.schoollibrary.reservations.blocks.BlockDtos.SpecialPassView;
import nl.schoollibrary.reservations.blocks.BlockDtos.UpdateSchoolPolicyRequest;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.reservation.ReservationDtos.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.TitleRef;

/** Collections with their default block, special passes with the copies lent to them, and school policies. */
@ApplicationScoped
public class StaffAdminService {

    private final Jdbc jdbc;
    private final Clock clock;

    public StaffAdminService(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<CollectionView> collections(Actor actor) {
        return jdbc.list("""
                SELECT col.id, col.code, col.name, col.default_reservation_block, col.default_block_until,
                       (SELECT count(*) FROM copy c WHERE c.collection_id = col.id) AS copies
                  FROM collection col WHERE col.organisation_id = ? ORDER BY col.code""",
                rs -> new CollectionView(rs.getLong(1), rs.getString(2), rs.getString(3), Level.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getLong(6)), actor.organisationId());
    }

    @Transactional
    public CollectionView createCollection(Actor actor, CreateCollectionRequest request) {
        Level level = request.defaultReservationBlock() == null ? Level.NONE : request.defaultReservationBlock();
        validateDefault(level, request.defaultBlockUntil());
        try {
            jdbc.update("INSERT INTO collection (organisation_id, code, name, default_reservation_block,"
                    + " default_block_until) VALUES (?, ?, ?, ?, ?)", actor.organisationId(), request.code(),
                    request.name().strip(), level.name(), request.defaultBlockUntil());
        } catch (Jdbc.UniqueViolation e) {
            throw new ProblemException(ErrorCode.CONFLICT, "A collection with code " + request.code() + " exists.");
        }
        return collections(actor).stream().filter(c -> c.code().equals(request.code())).findFirst().orElseThrow();
    }

    @Transactional
    public CollectionView setCollectionDefault(Actor actor, long id, Level level, LocalDate until) {
        validateDefault(level, until);
        int updated = jdbc.update("UPDATE collection SET default_reservation_block = ?, default_block_until = ?"
                + " WHERE id = ? AND organisation_id = ?", level.name(), until, id, actor.organisationId());
        if (updated == 0) {
            throw ProblemException.notFound("Collection", id);
        }
        return collections(actor).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private void validateDefault(Level level, LocalDate until) {
        if (until != null && until.isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalid("defaultBlockUntil", "must be today or later");
        }
        if (until != null && level == Level.NONE) {
            throw ProblemException.invalid("defaultBlockUntil", "an end date needs a default block");
        }
    }

    /** Special passes of the staff member's location (library staff and admins: their organisation's). */
    public List<SpecialPassView> specialPasses(Actor actor) {
        String scope = actor.role() == Role.SCHOOL_STAFF ? "l.id = ?" : "l.organisation_id = ?";
        Object param = actor.role() == Role.SCHOOL_STAFF ? actor.locationId() : actor.organisationId();
        Map<Long, SpecialPassView> passes = new LinkedHashMap<>();
        jdbc.list("SELECT p.id, p.last_name, l.id, l.name, l.kind FROM patron p JOIN location l ON l.id = p.owner_location_id"
                + " WHERE p.kind = 'SPECIAL_PASS' AND p.active AND " + scope + " ORDER BY l.name, p.last_name",
                rs -> passes.put(rs.getLong(1), new SpecialPassView(rs.getLong(1), rs.getString(2),
                        new LocationRef(rs.getLong(3), rs.getString(4), LocationKind.valueOf(rs.getString(5))),
                        new ArrayList<>())), param);
        if (!passes.isEmpty()) {
            jdbc.list("SELECT ln.patron_id, c.barcode, t.id, t.title, t.authors, t.cover_url, c.shelf_mark, ln.due_date"
                    + " FROM loan ln JOIN copy c ON c.id = ln.copy_id JOIN title t ON t.id = c.title_id"
                    + " WHERE ln.returned_at IS NULL AND ln.patron_id = ANY (?) ORDER BY c.shelf_mark",
                    rs -> passes.get(rs.getLong(1)).loans().add(new PassLoan(rs.getString(2), new TitleRef(rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7),
                            rs.getObject(8, LocalDate.class))), (Object) passes.keySet().toArray(Long[]::new));
        }
        return List.copyOf(passes.values());
    }

    @Transactional
    public SpecialPassView createSpecialPass(Actor actor, CreateSpecialPassRequest request) {
        long location = request.locationId() == null ? actor.locationId() == null ? -1 : actor.locationId()
                : request.locationId();
        boolean allowed = jdbc.count("SELECT count(*) FROM location WHERE id = ? AND "
                + (actor.role() == Role.SCHOOL_STAFF ? "id = ?" : "organisation_id = ?"), location,
                actor.role() == Role.SCHOOL_STAFF ? actor.locationId() : actor.organisationId()) > 0;
        if (!allowed) {
            throw ProblemException.invalid("locationId", "must be a location of yours");
        }
        long id = jdbc.one("INSERT INTO patron (kind, last_name, owner_location_id) VALUES ('SPECIAL_PASS', ?, ?)"
                + " RETURNING id", rs -> rs.getLong(1), request.name().strip(), location).orElseThrow();
        return specialPasses(actor).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    public SchoolPolicyView policy(Actor actor, long schoolId) {
        requireSchoolVisible(actor, schoolId);
        return jdbc.one("""
                SELECT s.id, s.name, coalesce(p.reserve_at_school, true), coalesce(p.reserve_at_branches, false),
                       coalesce(p.school_only_checked_out, true), coalesce(p.max_active_reservations, 3),
                       coalesce(l.pickup_days, 7), p.updated_at, p.updated_by
                  FROM school s LEFT JOIN school_policy p ON p.school_id = s.id
                  LEFT JOIN location l ON l.school_id = s.id
                 WHERE s.id = ?""", rs -> {
                    Timestamp updated = rs.getTimestamp(8);
                    return new SchoolPolicyView(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getInt(6), rs.getInt(7), updated == null ? null : updated.toInstant(),
                            rs.getString(9));
                }, schoolId).orElseThrow(() -> ProblemException.notFound("School", schoolId));
    }

    @Transactional
    public SchoolPolicyView updatePolicy(Actor actor, long schoolId, UpdateSchoolPolicyRequest request) {
        if (actor.role() == Role.SCHOOL_STAFF) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "School and library decide the policy together; library "
                    + "staff or an administrator changes it.");
        }
        requireSchoolVisible(actor, schoolId);
        jdbc.update("""
                INSERT INTO school_policy (school_id, reserve_at_school, reserve_at_branches, school_only_checked_out,
                                           max_active_reservations, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (school_id) DO UPDATE SET reserve_at_school = excluded.reserve_at_school,
                    reserve_at_branches = excluded.reserve_at_branches,
                    school_only_checked_out = excluded.school_only_checked_out,
                    max_active_reservations = excluded.max_active_reservations,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""", schoolId,
                request.reserveAtSchool(), request.reserveAtBranches(), request.schoolOnlyCheckedOut(),
                request.maxActiveReservations(), clock.instant(), actor.username());
        if (request.pickupDays() != null) {
            jdbc.update("UPDATE location SET pickup_days = ? WHERE school_id = ?", request.pickupDays(), schoolId);
        }
        return policy(actor, schoolId);
    }

    private void requireSchoolVisible(Actor actor, long schoolId) {
        boolean visible = actor.role() == Role.SCHOOL_STAFF ? actor.schoolId() != null && actor.schoolId() == schoolId
                : jdbc.count("SELECT count(*) FROM school WHERE id = ? AND organisation_id = ?", schoolId,
                        actor.organisationId()) > 0;
        if (!visible) {
            throw ProblemException.notFound("School", schoolId);
        }
    }
}
