package nl.schoollibrary.reservations.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.messaging.Messages;
import nl.schoollibrary.reservations.reservation.ReservationDtos.Direction;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationOption;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationOptions;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
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

    @Inject Jdbc jdbc;
    @Inject Reservations reservations;
    @Inject ReservationFacts facts;
    @Inject ReservationReads reads;
    @Inject ReservationAccess access;
    @Inject EventOutbox events;
    @Inject Messages messages;
    @Inject Clock clock;

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
                    refusal.map(r -> r.code().name()).orElse(null), refusal.map(Refusal::message).orElse(null),
                    refusal.map(Refusal::limit).orElse(null)));
        }
        return new ReservationOptions(options, reads.activeOfPatronForTitle(student.patronId(), titleId).orElse(null));
    }

    @Transactional
    public ReservationView cancel(Actor actor, long id, String reason) {
        Reservation reservation = lockVisible(actor, id);
        ReservationStatus previous = reservation.status();
        String why = reservation.cancel(actor.isStaff(), reason, actor.username(), clock.instant());
        if (actor.isStaff()) {
            messages.reservationCancelled(id, why);
        }
        events.reservationEvent("ReservationCancelled", id, Map.of("previousStatus", previous.name(),
                "byStaff", actor.isStaff()));
        return reads.byId(id, actor.isStaff()).orElseThrow();
    }

    @Transactional
    public ReservationView suspend(Actor actor, long id, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        if (!until.isAfter(today.minusDays(1)) || until.isAfter(today.plusYears(1))) {
            throw ProblemException.invalid("until", "must be from today up to one year ahead");
        }
        lockVisible(actor, id).suspend(until);
        return changed(actor, id, "ReservationSuspended", until);
    }

    @Transactional
    public ReservationView resume(Actor actor, long id) {
        lockVisible(actor, id).resume();
        return changed(actor, id, "ReservationResumed", null);
    }

    @Transactional
    public ReservationView notNeededAfter(Actor actor, long id, LocalDate date) {
        if (date != null && date.isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalid("date", "must be today or later");
        }
        lockVisible(actor, id).changeNotNeededAfter(date);
        return changed(actor, id, "ReservationNotNeededAfterChanged", date);
    }

    /** The event of a change that keeps the status, and the reservation as the actor sees it now. */
    private ReservationView changed(Actor actor, long id, String event, LocalDate date) {
        events.reservationEvent(event, id, date == null ? Map.of() : Map.of("date", date.toString()));
        return reads.byId(id, actor.isStaff()).orElseThrow();
    }

    /** Staff move a waiting reservation one place up or down among those competing for the same copies. */
    @Transactional
    public ReservationView move(Actor actor, long id, Direction direction, String reason) {
        if (!actor.isStaff()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only staff move reservations in a queue.");
        }
        Reservation reservation = lockVisible(actor, id);
        Optional<Reservation> neighbour = reads.neighbourInQueue(id, direction).map(n -> reservations.lock(n)
                .orElseThrow());
        reservation.moveInQueue(direction, neighbour);
        jdbc.update("INSERT INTO reservation_queue_move (reservation_id, direction, reason, moved_by, moved_at)"
                + " VALUES (?, ?, ?, ?, ?)", id, direction.name(), reason.strip(), actor.username(), clock.instant());
        events.reservationEvent("ReservationMoved", id, Map.of("direction", direction.name(), "reason", reason.strip()));
        return reads.byId(id, true).orElseThrow();
    }

    /**
     * The reservation the actor may see (404 otherwise), loaded for a change: its title's lock first, then its row
     * (locked, so it is read as committed last and no one else changes it until this transaction ends).
     */
    private Reservation lockVisible(Actor actor, long id) {
        ReservationRow row = access.visibleReservation(actor, id);
        lockTitle(row.titleId());
        return reservations.lock(id).orElseThrow(() -> ProblemException.notFound("Reservation", id));
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
