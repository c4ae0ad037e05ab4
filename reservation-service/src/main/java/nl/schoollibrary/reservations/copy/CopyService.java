package nl.schoollibrary.reservations.copy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Constraints;
import nl.schoollibrary.reservations.copy.CopyChanges.What;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyDetail;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyReservationRequest;
import nl.schoollibrary.reservations.copy.CopyDtos.SetLoanBlockRequest;
import nl.schoollibrary.reservations.copy.CopyDtos.SetReservationBlockRequest;
import nl.schoollibrary.reservations.copy.CopyReads.CopyRef;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.reservation.Reservation;
import nl.schoollibrary.reservations.reservation.ReservationAccess;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.ReservationReads;
import nl.schoollibrary.reservations.reservation.ReservationService;
import nl.schoollibrary.reservations.reservation.Reservations;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import nl.schoollibrary.reservations.reservation.policy.PickupLocation;
import nl.schoollibrary.reservations.reservation.policy.Scope;

/**
 * Staff use cases on one copy: its detail, its reservation block and loan block (each change logged with the values
 * before and after), and staff copy reservations. A change loads the {@link Copy} locked and asks it to change, so
 * the rules live on the copy (a copy reservation also makes a new {@link Reservation}); the answer is read through
 * {@link CopyReads} or {@link ReservationReads}.
 */
@ApplicationScoped
public class CopyService {

    /** The unique index that keeps a copy to one active copy reservation (V2). */
    private static final String ONE_ACTIVE_COPY_RESERVATION = "reservation_one_active_copy_reservation";

    @Inject Copies copies;
    @Inject CopyReads reads;
    @Inject CopyChanges changes;
    @Inject Clock clock;
    @Inject Reservations reservations;
    @Inject ReservationReads reservationReads;
    @Inject ReservationService reservationService;
    @Inject ReservationAccess access;
    @Inject ReservationFacts facts;
    @Inject EventOutbox events;

    @Transactional
    public CopyDetail detail(Actor actor, String barcode) {
        return reads.detail(reads.inScope(actor, barcode).id(), LocalDate.now(clock));
    }

    @Transactional
    public CopyDetail setReservationBlock(Actor actor, String barcode, SetReservationBlockRequest request) {
        Copy copy = lock(actor, barcode);
        Map<String, Object> before = reservationBlock(copy);
        Instant now = clock.instant();
        copy.blockReservations(request.level(), request.until(), actor.username(), now);
        changes.record(copy.id(), actor.username(), now, What.RESERVATION_BLOCK, before, reservationBlock(copy));
        events.copyEvent("ReservationBlockChanged", copy.id(), Map.of("level", request.level().name()));
        return reads.detail(copy.id(), LocalDate.now(clock));
    }

    @Transactional
    public CopyDetail setLoanBlock(Actor actor, String barcode, SetLoanBlockRequest request) {
        Copy copy = lock(actor, barcode);
        Map<String, Object> before = loanBlock(copy);
        Instant now = clock.instant();
        copy.blockLoans(request.until(), request.reason(), actor.username(), now);
        changes.record(copy.id(), actor.username(), now, What.LOAN_BLOCK, before, loanBlock(copy));
        events.copyEvent("LoanBlockChanged", copy.id(), Map.of("blocked", true));
        return reads.detail(copy.id(), LocalDate.now(clock));
    }

    @Transactional
    public CopyDetail clearLoanBlock(Actor actor, String barcode) {
        Copy copy = lock(actor, barcode);
        Map<String, Object> before = loanBlock(copy);
        Instant now = clock.instant();
        copy.clearLoanBlock(actor.username(), now);
        changes.record(copy.id(), actor.username(), now, What.LOAN_BLOCK, before, loanBlock(copy));
        events.copyEvent("LoanBlockChanged", copy.id(), Map.of("blocked", false));
        return reads.detail(copy.id(), LocalDate.now(clock));
    }

    /**
     * A staff reservation of one copy of their own location, for a student or special pass — allowed even when the
     * copy is blocked for reservation. A copy on the shelf is ready at once (pull it: it is on the hold shelf list);
     * otherwise it waits and goes before every title reservation when the copy comes back. Like every change of a
     * title's reservations it takes the title's lock first, then the copy's row; a second active copy reservation of
     * the copy is refused by the database's unique index (409 CONFLICT).
     */
    @Transactional
    public ReservationView reserveCopy(Actor actor, String barcode, CopyReservationRequest request) {
        CopyRef found = reads.inScope(actor, barcode);
        if (actor.locationId() != null && found.ownerLocationId() != actor.locationId()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Staff reserve copies of their own location only.");
        }
        if (!access.patronVisible(actor, request.patronId())) {
            throw ProblemException.notFound("Patron", request.patronId());
        }
        long pickup = request.pickupLocationId() == null ? found.ownerLocationId() : request.pickupLocationId();
        PickupLocation pickupLocation = facts.location(pickup)
                .filter(l -> l.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException(ErrorCode.PICKUP_LOCATION_INVALID,
                        "The pickup location must be a location of your organisation."));
        reservationService.lockTitle(found.titleId());
        Copy copy = copies.lock(found.id()).orElseThrow();
        copy.requireInCirculation();
        Instant now = clock.instant();
        Reservation reservation = Reservation.ofCopy(request.patronId(), access.schoolOfPatron(request.patronId()),
                copy.titleId(), copy.id(), pickup, Scope.of(pickupLocation), now, actor.username());
        boolean onShelf = copy.status() == CopyStatus.ON_SHELF;
        if (onShelf) {
            LocalDate today = LocalDate.now(clock);
            reservation.captureReady(copy.id(), facts.pickupBy(pickup, today), now);
            // On the hold shelf where it stands: only its status changes.
            copy.hold(copy.currentLocationId());
        }
        try {
            reservations.persist(reservation);
            reservations.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_ACTIVE_COPY_RESERVATION)) {
                throw new ProblemException(ErrorCode.CONFLICT, "This copy already has an active copy reservation.");
            }
            throw e;
        }
        long id = reservation.id();
        changes.record(copy.id(), actor.username(), now, What.COPY_RESERVATION, Map.of(),
                Map.of("reservationId", id, "patronId", request.patronId()));
        events.reservationEvent("CopyReservationPlaced", id, Map.of("copyId", copy.id(), "ready", onShelf));
        return reservationReads.byId(id, true).orElseThrow();
    }

    /** The copy in the actor's scope (404 otherwise), its row locked until the transaction ends. */
    private Copy lock(Actor actor, String barcode) {
        return copies.lock(reads.inScope(actor, barcode).id()).orElseThrow();
    }

    /** The reservation block as the change log keeps it. */
    private static Map<String, Object> reservationBlock(Copy copy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("level", copy.reservationBlock().name());
        values.put("until", text(copy.reservationBlockUntil()));
        return values;
    }

    /** The loan block as the change log keeps it. */
    private static Map<String, Object> loanBlock(Copy copy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("blocked", copy.loanBlocked());
        values.put("until", text(copy.loanBlockUntil()));
        values.put("reason", copy.loanBlockReason());
        return values;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
