package nl.schoollibrary.reservations.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.ReservationKind;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle.Transition;
import nl.schoollibrary.reservations.reservation.ReservationStatus;
import nl.schoollibrary.reservations.reservation.policy.CopyEligibility;
import nl.schoollibrary.reservations.reservation.policy.CopyFacts;
import nl.schoollibrary.reservations.reservation.policy.PickupLocation;
import nl.schoollibrary.reservations.reservation.policy.Scope;
import nl.schoollibrary.reservations.reservation.policy.StudentFacts;

/**
 * Finds the first reservation a copy can fill: waiting copy reservations of this copy first, then
 * the title's waiting reservations in queue order whose scope the copy serves and whose patron its blocks allow;
 * paused reservations and those past their not-needed-after date are skipped. The caller holds the title lock.
 */
@ApplicationScoped
public class Capture {

    /** A candidate may still go either way: on the hold shelf here, or in transit to its pickup location. */
    static final String CAPTURABLE = ReservationStatus.sqlList(capturable());

    private static final String CANDIDATES = """
            SELECT r.id, r.kind, r.status, r.patron_id, r.scope, r.pickup_location_id, l.kind AS pickup_kind,
                   l.organisation_id AS pickup_org, l.school_id AS pickup_school,
                   p.school_id, s.organisation_id AS patron_org, p.library_link, p.membership_home_branch_id,
                   p.membership_valid_until
              FROM reservation r
              JOIN location l ON l.id = r.pickup_location_id
              JOIN patron p ON p.id = r.patron_id
              LEFT JOIN school s ON s.id = p.school_id
             WHERE r.status IN (%1$s)
               AND (r.suspended_until IS NULL OR r.suspended_until < ?)
               AND (r.not_needed_after IS NULL OR r.not_needed_after >= ?)
               AND ((r.kind = '%2$s' AND r.requested_copy_id = ?) OR (r.kind = '%3$s' AND r.title_id = ?))
             ORDER BY (r.kind = '%2$s') DESC, r.queue_seq, r.id
            """.formatted(CAPTURABLE, ReservationKind.COPY, ReservationKind.TITLE);

    private static Set<ReservationStatus> capturable() {
        Set<ReservationStatus> from = EnumSet.noneOf(ReservationStatus.class);
        from.addAll(ReservationLifecycle.STANDARD.from(Transition.CAPTURE_READY));
        from.retainAll(ReservationLifecycle.STANDARD.from(Transition.SEND_IN_TRANSIT));
        return from;
    }

    @Inject Jdbc jdbc;
    @Inject ReservationFacts facts;

    public record Candidate(long reservationId, ReservationKind kind, ReservationStatus status, long patronId,
            PickupLocation pickup) {
    }

    public Optional<Candidate> firstEligible(CopyFacts copy, long titleId, long copyOrganisationId, LocalDate today) {
        // The organisation's branches only when a library-scope candidate asks (most check-ins have no candidate).
        LongPredicate isBranch = new LongPredicate() {
            private Set<Long> branches;

            @Override
            public boolean test(long locationId) {
                if (branches == null) {
                    branches = facts.branchIds(copyOrganisationId);
                }
                return branches.contains(locationId);
            }
        };
        List<Row> rows = jdbc.list(CANDIDATES, rs -> new Row(
                new Candidate(rs.getLong("id"), ReservationKind.valueOf(rs.getString("kind")), ReservationStatus.of(rs.getString("status")),
                        rs.getLong("patron_id"),
                        new PickupLocation(rs.getLong("pickup_location_id"), LocationKind.valueOf(rs.getString("pickup_kind")),
                                rs.getLong("pickup_org"), rs.getObject("pickup_school", Long.class))),
                Scope.valueOf(rs.getString("scope")),
                rs.getObject("school_id", Long.class) == null ? null : new StudentFacts(rs.getLong("patron_id"),
                        rs.getLong("school_id"), rs.getLong("patron_org"), rs.getBoolean("library_link"),
                        rs.getObject("membership_home_branch_id", Long.class),
                        rs.getObject("membership_valid_until", LocalDate.class))),
                today, today, copy.copyId(), titleId);
        for (Row row : rows) {
            if (row.candidate.kind() == ReservationKind.COPY) {
                return Optional.of(row.candidate);
            }
            if (row.student == null || row.candidate.pickup().organisationId() != copyOrganisationId) {
                continue;
            }
            PickupLocation pickup = row.candidate.pickup();
            boolean belongs = copy.ownerLocationId() == pickup.id()
                    && CopyEligibility.patronBelongsTo(row.student, pickup.id(), pickup.type(), pickup.schoolId());
            if (CopyEligibility.inScope(copy, pickup, row.scope, isBranch)
                    && CopyEligibility.blocksAllow(copy, pickup, belongs, today)) {
                return Optional.of(row.candidate);
            }
        }
        return Optional.empty();
    }

    private record Row(Candidate candidate, Scope scope, StudentFacts student) {
    }
}
