package nl.schoollibrary.reservations.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.messaging.Messages;
import nl.schoollibrary.reservations.reservation.ReservationDtos.Direction;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationOption;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationOptions;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle.Transition;
import nl.schoollibrary.reservations.reservation.policy.CopyFacts;
import nl.schoollibrary.reservations.reservation.policy.PickupLocation;
import nl.schoollibrary.reservations.reservation.policy.PlacingTitleReservationPolicy;
import nl.schoollibrary.reservations.reservation.policy.ReasonCode;
import nl.schoollibrary.reservations.reservation.policy.Refusal;
import nl.schoollibrary.reservations.reservation.policy.ReservationRequest;
import nl.schoollibrary.reservations.reservation.policy.SchoolPolicy;
import nl.schoollibrary.reservations.reservation.policy.Scope;
import nl.schoollibrary.reservations.reservation.policy.StudentFacts;

/**
 * Title reservations: the options a student sees before the click (the policy that placing uses, {@link
 * ReservationPlacing}), cancelling, pausing, the not-needed-after date and staff queue moves.
 *
 * <p>Concurrency: every change to a title's queue first takes the title's lock ({@link #lockTitle}), so placements,
 * check-ins, cancellations and moves of one title run one after another on any number of instances; the partial
 * unique indexes of V2 hold the invariants even if code were wrong.
 */
@ApplicationScoped
public class ReservationService {

    static final PlacingTitleReservationPolicy POLICY = PlacingTitleReservationPolicy.standard();

    private static final ReservationLifecycle LIFECYCLE = ReservationLifecycle.STANDARD;

    private final Jdbc jdbc;
    private final ReservationFacts facts;
    private final ReservationReads reads;
    private final ReservationAccess access;
    private final EventOutbox events;
    private final Messages messages;
    private final Clock clock;

    public ReservationService(Jdbc jdbc, ReservationFacts facts, ReservationReads reads, ReservationAccess access,
            EventOutbox events, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.reads = reads;
        this.access = access;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The pickup options of the student for a title; options of a scope the school does not allow are left out. */
    @Transactional
    public ReservationOptions options(Actor actor, long titleId) {
        StudentFacts student = facts.student(actor.patronId()).orElseThrow(() -> ProblemException.notFound("Student",
                actor.patronId()));
        TitleFacts titleFacts = titleFacts(student, titleId);
        List<ReservationOption> options = new ArrayList<>();
        for (ReservationFacts.NamedLocation option : facts.pickupOptions(student)) {
            Optional<Refusal> refusal = POLICY.evaluate(request(student, option.location(), titleFacts));
            if (refusal.isPresent() && refusal.get().code() == ReasonCode.RESERVATIONS_NOT_ALLOWED) {
                continue;
            }
            options.add(new ReservationOption(option.location().id(), option.name(),
                    option.location().type(), Scope.of(option.location()), refusal.isEmpty(),
                    refusal.map(r -> r.code().name()).orElse(null), refusal.map(Refusal::message).orElse(null)));
        }
        return new ReservationOptions(options, reads.activeOfPatronForTitle(student.patronId(), titleId).orElse(null));
    }

    @Transactional
    public ReservationView cancel(Actor actor, long id, String reason) {
        ReservationRow row = access.visibleReservation(actor, id);
        lockTitle(row.titleId());
        ReservationRow current = access.lockReservation(id);
        ReservationStatus cancelled = LIFECYCLE.require(current.status(), actor.isStaff() ? Transition.CANCEL_BY_STAFF
                : Transition.CANCEL_BY_STUDENT, "This reservation is already " + current.status() + ".");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (actor.isStaff() && why == null) {
            throw ProblemException.invalid("reason", "staff give a reason when they cancel a reservation");
        }
        jdbc.update("UPDATE reservation SET status = ?, closed_at = ?, close_reason = ?, closed_by = ?,"
                + " version = version + 1 WHERE id = ?", cancelled.name(), clock.instant(), why, actor.username(), id);
        if (actor.isStaff()) {
            messages.reservationCancelled(id, why);
        }
        events.reservationEvent("ReservationCancelled", id, Map.of("previousStatus", current.status().name(),
                "byStaff", actor.isStaff()));
        return reads.byId(id, actor.isStaff()).orElseThrow();
    }

    @Transactional
    public ReservationView suspend(Actor actor, long id, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        if (!until.isAfter(today.minusDays(1)) || until.isAfter(today.plusYears(1))) {
            throw ProblemException.invalid("until", "must be from today up to one year ahead");
        }
        return changeWaiting(actor, id, Transition.SUSPEND, "suspended_until = ?", until, "ReservationSuspended");
    }

    @Transactional
    public ReservationView resume(Actor actor, long id) {
        return changeWaiting(actor, id, Transition.RESUME, "suspended_until = ?", null, "ReservationResumed");
    }

    @Transactional
    public ReservationView notNeededAfter(Actor actor, long id, LocalDate date) {
        if (date != null && date.isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalid("date", "must be today or later");
        }
        return changeWaiting(actor, id, Transition.CHANGE_NOT_NEEDED_AFTER, "not_needed_after = ?", date,
                "ReservationNotNeededAfterChanged");
    }

    /** A change of a reservation that keeps its status (the lifecycle says from which statuses it may happen). */
    private ReservationView changeWaiting(Actor actor, long id, Transition transition, String assignment,
            LocalDate value, String event) {
        ReservationRow row = access.visibleReservation(actor, id);
        lockTitle(row.titleId());
        ReservationRow current = access.lockReservation(id);
        ReservationStatus next = LIFECYCLE.require(current.status(), transition,
                "Only a waiting reservation can be changed this way; this one is " + current.status() + ".");
        jdbc.update("UPDATE reservation SET " + assignment + ", status = ?, version = version + 1 WHERE id = ?", value,
                next.name(), id);
        events.reservationEvent(event, id, value == null ? Map.of() : Map.of("date", value.toString()));
        return reads.byId(id, actor.isStaff()).orElseThrow();
    }

    /** Staff move a waiting reservation one place up or down among those competing for the same copies. */
    @Transactional
    public ReservationView move(Actor actor, long id, Direction direction, String reason) {
        if (!actor.isStaff()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only staff move reservations in a queue.");
        }
        ReservationRow row = access.visibleReservation(actor, id);
        lockTitle(row.titleId());
        ReservationRow current = access.lockReservation(id);
        String notMovable = "Only a waiting title reservation can be moved.";
        LIFECYCLE.require(current.status(), Transition.MOVE_IN_QUEUE, notMovable);
        if (!"TITLE".equals(current.kind())) {
            throw new ProblemException(ErrorCode.CONFLICT, notMovable);
        }
        String comparison = direction == Direction.UP ? "(r2.queue_seq, r2.id) < (r.queue_seq, r.id)"
                : "(r2.queue_seq, r2.id) > (r.queue_seq, r.id)";
        String order = direction == Direction.UP ? "r2.queue_seq DESC, r2.id DESC" : "r2.queue_seq, r2.id";
        Optional<long[]> neighbour = jdbc.one("""
                SELECT r2.id, r2.queue_seq, r.queue_seq FROM reservation r
                  JOIN location l ON l.id = r.pickup_location_id
                  JOIN reservation r2 ON r2.title_id = r.title_id AND r2.status = 'WAITING' AND r2.kind = 'TITLE'
                       AND r2.scope = r.scope
                  JOIN location l2 ON l2.id = r2.pickup_location_id
                 WHERE r.id = ? AND (CASE WHEN r.scope = 'SCHOOL' THEN r2.pickup_location_id = r.pickup_location_id
                                          ELSE l2.organisation_id = l.organisation_id END)
                   AND\s""" + comparison + " ORDER BY " + order + " LIMIT 1",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, id);
        if (neighbour.isEmpty()) {
            throw new ProblemException(ErrorCode.CONFLICT, direction == Direction.UP
                    ? "This reservation is already first in line." : "This reservation is already last in line.");
        }
        long[] n = neighbour.get();
        long otherSeq = n[1] == n[2] ? n[1] + (direction == Direction.UP ? -1 : 1) : n[1];
        jdbc.update("UPDATE reservation SET queue_seq = ?, version = version + 1 WHERE id = ?", n[2], n[0]);
        jdbc.update("UPDATE reservation SET queue_seq = ?, version = version + 1 WHERE id = ?", otherSeq, id);
        jdbc.update("INSERT INTO reservation_queue_move (reservation_id, direction, reason, moved_by, moved_at)"
                + " VALUES (?, ?, ?, ?, ?)", id, direction.name(), reason.strip(), actor.username(), clock.instant());
        events.reservationEvent("ReservationMoved", id, Map.of("direction", direction.name(), "reason", reason.strip()));
        return reads.byId(id, true).orElseThrow();
    }

    /**
     * Serialises all queue changes of one title: taken first in every transaction that changes the queue, held until
     * it ends. A transaction-scoped advisory lock on the title's key rather than a row lock: the same mutual exclusion
     * on any number of instances, without writing the title row (no WAL record, no dirty page) on every placement.
     */
    public void lockTitle(long titleId) {
        jdbc.one("SELECT pg_advisory_xact_lock(?)", rs -> 1, LockKeys.title(titleId));
    }

    /** What the rules need about the student and the title, loaded once for all pickup options. */
    private record TitleFacts(SchoolPolicy policy, List<CopyFacts> copies, int activeReservations,
            boolean hasActiveReservation, Set<Long> branches) {
    }

    private TitleFacts titleFacts(StudentFacts student, long titleId) {
        return new TitleFacts(facts.policy(student.schoolId()), facts.copiesWithDue(titleId).copies(),
                facts.activeReservations(student.patronId()), facts.hasActiveReservation(student.patronId(), titleId),
                facts.branchIds(student.organisationId()));
    }

    private ReservationRequest request(StudentFacts student, PickupLocation pickup, TitleFacts titleFacts) {
        return new ReservationRequest(student, pickup, titleFacts.policy(), titleFacts.copies(),
                titleFacts.activeReservations(), titleFacts.hasActiveReservation(), LocalDate.now(clock),
                titleFacts.branches()::contains);
    }

}
