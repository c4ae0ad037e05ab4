package nl.schoollibrary.reservations.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.circulation.CirculationDtos.CheckinResult;
import nl.schoollibrary.reservations.circulation.CirculationDtos.CheckoutRequest;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanView;
import nl.schoollibrary.reservations.circulation.CirculationDtos.Outcome;
import nl.schoollibrary.reservations.circulation.CirculationDtos.ReturnedLoan;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.copy.Copies;
import nl.schoollibrary.reservations.copy.Copy;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.messaging.Messages;
import nl.schoollibrary.reservations.reservation.Reservation;
import nl.schoollibrary.reservations.reservation.ReservationAccess;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.ReservationService;
import nl.schoollibrary.reservations.reservation.Reservations;

/**
 * Check-in and check-out at a desk. Each runs in one transaction that first locks the title (the same lock
 * placement and cancellation take), then the copy, then the reservations it touches, so a copy is captured once and
 * by the first eligible reservation. The copy, its loan and the reservations are aggregates: loaded locked, changed
 * through their methods (which ask the copy's and the reservation's lifecycle), saved at commit; the answer is read
 * through {@link CirculationReads}.
 */
@ApplicationScoped
public class CirculationService {

    @Inject Jdbc jdbc;
    @Inject Copies copies;
    @Inject Loans loans;
    @Inject Reservations reservations;
    @Inject ReservationService reservationService;
    @Inject ReservationFacts facts;
    @Inject ReservationAccess access;
    @Inject CirculationReads reads;
    @Inject Capture capture;
    @Inject Messages messages;
    @Inject EventOutbox events;
    @Inject Clock clock;

    @Transactional
    public CheckinResult checkIn(Actor actor, String rawBarcode) {
        long here = deskLocation(actor);
        DeskCopy desk = lockCopy(actor, rawBarcode);
        Copy copy = desk.copy();
        copy.requireInCirculation();
        LocalDate today = LocalDate.now(clock);
        ReturnedLoan returned = closeOpenLoan(copy, here, today);
        TitleRef title = desk.title();

        // A copy already captured: in transit to its pickup location, or scanned again on the hold shelf. (A copy that
        // comes back from a loan or off the shelf holds no reservation: no query for one.)
        Optional<Reservation> captured = copy.status().mayBeHeld() ? reservations.lockHoldingCopy(copy.id())
                : Optional.empty();
        if (captured.isPresent()) {
            Reservation held = captured.get();
            if (held.pickupLocationId() == here) {
                // Arrived (in transit until now), or scanned again on the hold shelf (no transition: keeps its date).
                if (held.awaitsArrival()) {
                    held.arrive(facts.pickupBy(here, today), clock.instant());
                    onHoldShelf(held, copy, here);
                }
                return new CheckinResult(copy.barcode(), title, Outcome.ON_HOLD_SHELF,
                        reads.alert(held.id(), held.pickupBy()), null, returned);
            }
            held.sendOnToPickup();
            copy.sendInTransit(here, held.pickupLocationId());
            return new CheckinResult(copy.barcode(), title, Outcome.IN_TRANSIT, reads.alert(held.id(), null),
                    reads.location(held.pickupLocationId()), returned);
        }

        for (Optional<Capture.Candidate> next = firstEligible(desk, today); next.isPresent();
                next = firstEligible(desk, today)) {
            Capture.Candidate candidate = next.get();
            Reservation reservation = reservations.lock(candidate.reservationId()).orElseThrow();
            if (reservation.status() != candidate.status()) {
                continue; // closed by expiry in the meantime: offer to the next one
            }
            Instant now = clock.instant();
            if (candidate.pickup().id() == here) {
                reservation.captureReady(copy.id(), facts.pickupBy(here, today), now);
                onHoldShelf(reservation, copy, here);
                return new CheckinResult(copy.barcode(), title, Outcome.ON_HOLD_SHELF,
                        reads.alert(reservation.id(), reservation.pickupBy()), null, returned);
            }
            reservation.captureInTransit(copy.id(), now);
            copy.sendInTransit(here, candidate.pickup().id());
            events.reservationEvent("ReservationInTransit", reservation.id(), Map.of("copyId", copy.id(),
                    "fromLocationId", here));
            return new CheckinResult(copy.barcode(), title, Outcome.IN_TRANSIT, reads.alert(reservation.id(), null),
                    reads.location(candidate.pickup().id()), returned);
        }

        if (copy.returnToOwner(here)) {
            return new CheckinResult(copy.barcode(), title, Outcome.ON_SHELF, null, null, returned);
        }
        return new CheckinResult(copy.barcode(), title, Outcome.ROUTE_TO_OWNER, null,
                reads.location(copy.ownerLocationId()), returned);
    }

    @Transactional
    public LoanView checkOut(Actor actor, CheckoutRequest request) {
        long here = deskLocation(actor);
        long patronId = patron(actor, request.patronId(), request.cardNumber());
        Copy copy = lockCopy(actor, request.barcode()).copy();
        Optional<Reservation> held = reservations.lockReadyForCopy(copy.id());
        if (held.isPresent() && !held.get().isFor(patronId)) {
            throw new ProblemException(ErrorCode.HELD_FOR_ANOTHER_PATRON,
                    "This copy is on the hold shelf for another patron.");
        }
        LocalDate today = LocalDate.now(clock);
        copy.checkOut(here, today, held.map(Reservation::isCopyReservation).orElse(false));
        ReservationFacts.LocationSettings settings = facts.settings(here);
        LocalDate due = facts.calendar(here, today).dueDate(today, settings.loanDays());
        Loan loan = Loan.lend(copy.id(), patronId, access.schoolOfPatron(patronId), here, clock.instant(), due);
        loans.persist(loan);
        // Borrowing any copy of a title fulfils the patron's own waiting reservation of it.
        Optional<Reservation> fulfils = held.isPresent() ? held : reservations.lockWaitingOfTitle(patronId,
                copy.titleId());
        fulfils.ifPresent(reservation -> {
            reservation.fulfil(copy.id(), clock.instant());
            events.reservationEvent("ReservationFulfilled", reservation.id(), Map.of("loanId", loan.id(),
                    "copyId", copy.id()));
        });
        events.loanEvent("LoanCreated", loan.id(), Map.of("copyId", copy.id(), "dueDate", due.toString()));
        return reads.lent(loan.id(), fulfils.map(Reservation::id).orElse(null));
    }

    private Optional<Capture.Candidate> firstEligible(DeskCopy desk, LocalDate today) {
        return capture.firstEligible(desk.copy().facts(), desk.copy().titleId(), desk.ownerOrganisationId(), today);
    }

    /** The copy goes on the hold shelf here for the reservation, now READY: the student gets a message. */
    private void onHoldShelf(Reservation reservation, Copy copy, long here) {
        copy.hold(here);
        messages.reservationReady(reservation.id());
        events.reservationEvent("ReservationReady", reservation.id(), Map.of("copyId", copy.id(), "pickupBy",
                reservation.pickupBy().toString()));
    }

    private ReturnedLoan closeOpenLoan(Copy copy, long here, LocalDate today) {
        Optional<Loan> open = loans.openOfCopy(copy.id());
        if (open.isEmpty()) {
            return null;
        }
        Loan loan = open.get();
        loan.checkIn(clock.instant(), here);
        boolean overdue = loan.overdueOn(today);
        events.loanEvent("LoanReturned", loan.id(), Map.of("copyId", copy.id(), "locationId", here, "overdue", overdue));
        return new ReturnedLoan(loan.id(), loan.dueDate(), overdue);
    }

    /** A copy at the desk, locked, its title and the organisation of its owner location. */
    private record DeskCopy(Copy copy, TitleRef title, long ownerOrganisationId) {
    }

    /** Finds the copy by barcode within the actor's organisation (404 otherwise), locks its title, then the copy. */
    private DeskCopy lockCopy(Actor actor, String rawBarcode) {
        String barcode = rawBarcode == null ? "" : rawBarcode.strip().toUpperCase(Locale.ROOT);
        CopyRow found = reads.copyByBarcode(barcode)
                .filter(c -> c.ownerOrganisationId() == actor.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Copy", barcode));
        reservationService.lockTitle(found.titleId());
        return new DeskCopy(copies.lock(found.id()).orElseThrow(), found.title(), found.ownerOrganisationId());
    }

    private long deskLocation(Actor actor) {
        if (actor.locationId() == null || actor.organisationId() == null) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Check-in and check-out happen at the desk of a location; "
                    + "log in as staff of that location.");
        }
        return actor.locationId();
    }

    /**
     * The patron a check-out at this desk would lend to, by patron id or library card number, so the desk can check
     * the name, group and school against the child in front of it. The same scope and refusals as the check-out.
     */
    @Transactional
    public PatronRef patronAtDesk(Actor actor, Long patronId, String cardNumber) {
        deskLocation(actor);
        return reads.patron(patron(actor, patronId, cardNumber));
    }

    private long patron(Actor actor, Long patronId, String cardNumber) {
        if ((patronId == null) == (cardNumber == null || cardNumber.isBlank())) {
            throw ProblemException.invalid("patronId", "give either patronId or cardNumber");
        }
        Long id = patronId != null ? patronId
                : jdbc.one("SELECT id FROM patron WHERE membership_card_number = ?", rs -> rs.getLong(1),
                        cardNumber.strip()).orElseThrow(() -> ProblemException.notFound("Card", cardNumber.strip()));
        if (!access.patronVisible(actor, id) || jdbc.count("SELECT count(*) FROM patron WHERE id = ? AND active", id) == 0) {
            throw ProblemException.notFound("Patron", id);
        }
        return id;
    }
}
