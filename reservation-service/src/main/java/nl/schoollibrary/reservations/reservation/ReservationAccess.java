package nl.schoollibrary.reservations.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;

/**
 * Data scoping of reservations and patrons: a student sees only their own, school staff only their school's,
 * library staff and admins only their organisation's. Anything outside is answered as not found, so ids don't leak.
 */
@ApplicationScoped
public class ReservationAccess {

    @Inject Jdbc jdbc;

    /** The patron a reservation is placed for: the student themselves, or a patron within the staff member's scope. */
    public long patronToActFor(Actor actor, Long requestedPatronId) {
        if (actor.isStudent()) {
            if (requestedPatronId != null && requestedPatronId != actor.patronId()) {
                throw new ProblemException(ErrorCode.FORBIDDEN, "Students reserve for themselves only.");
            }
            return actor.patronId();
        }
        if (requestedPatronId == null) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "Staff name the patron to reserve for.",
                    List.of(new Problem.FieldError("patronId", "is required for staff")), Map.of());
        }
        if (!patronVisible(actor, requestedPatronId)) {
            throw ProblemException.notFound("Patron", requestedPatronId);
        }
        return requestedPatronId;
    }

    /**
     * Whether staff may act for the patron: school staff for the students of their school and the special passes of
     * their school library; library staff and admins for every patron of their organisation (students of its schools,
     * passes of its locations).
     */
    public boolean patronVisible(Actor actor, long patronId) {
        if (actor.isStudent()) {
            return actor.patronId() == patronId;
        }
        return jdbc.count("""
                SELECT count(*) FROM patron p
                  LEFT JOIN school s ON s.id = p.school_id
                  LEFT JOIN location ol ON ol.id = p.owner_location_id
                 WHERE p.id = ? AND (CASE WHEN ? THEN coalesce(p.school_id, ol.school_id) = ?
                                          ELSE coalesce(s.organisation_id, ol.organisation_id) = ? END)""",
                patronId, actor.role() == nl.schoollibrary.reservations.auth.Role.SCHOOL_STAFF, actor.schoolId(),
                actor.organisationId()) > 0;
    }

    /**
     * The school a loan or reservation of patron {@code ?} counts for (its {@code school_id}: school staff's and school
     * clients' scope, statistics): a student's school; for a special pass, the school of the school library that owns
     * it (none for a pass of a branch). A scalar subquery with one parameter, the patron id.
     */
    public static final String SCHOOL_OF_PATRON = "(SELECT coalesce(p.school_id, ol.school_id) FROM patron p"
            + " LEFT JOIN location ol ON ol.id = p.owner_location_id WHERE p.id = ?)";

    /** {@link #SCHOOL_OF_PATRON} of one patron: the school a new loan of theirs counts for ({@code null}: none). */
    public Long schoolOfPatron(long patronId) {
        return jdbc.one("SELECT " + SCHOOL_OF_PATRON, rs -> Optional.ofNullable(rs.getObject(1, Long.class)), patronId)
                .flatMap(school -> school).orElse(null);
    }

    /** The reservation, if the actor may see it; otherwise 404. */
    public ReservationRow visibleReservation(Actor actor, long id) {
        String sql = "SELECT " + ReservationRow.COLUMNS + " FROM reservation r"
                + " JOIN location l ON l.id = r.pickup_location_id WHERE r.id = ? AND " + scopeSql(actor);
        return jdbc.one(sql, ReservationRow::of, id, scopeParam(actor))
                .orElseThrow(() -> ProblemException.notFound("Reservation", id));
    }

    /**
     * A filter over {@code reservation r JOIN location l (pickup)} with one parameter. The school is the row's own
     * ({@code r.school_id}, the patron's school), so anonymised reservations still belong to it.
     */
    public String scopeSql(Actor actor) {
        return switch (actor.role()) {
            case STUDENT -> "r.patron_id = ?";
            case SCHOOL_STAFF -> "r.school_id = ?";
            case INTEGRATION -> actor.schoolId() != null ? "r.school_id = ?" : "l.organisation_id = ?";
            default -> "l.organisation_id = ?";
        };
    }

    public Object scopeParam(Actor actor) {
        return switch (actor.role()) {
            case STUDENT -> actor.patronId();
            case SCHOOL_STAFF -> actor.schoolId();
            case INTEGRATION -> actor.schoolId() != null ? actor.schoolId() : actor.organisationId();
            default -> actor.organisationId();
        };
    }
}
