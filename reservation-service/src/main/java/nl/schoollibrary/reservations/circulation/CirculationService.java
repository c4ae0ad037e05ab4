package nl.schoollibrary.reservations.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.circulation.CirculationDtos.CheckinResult;
import nl.schoollibrary.reservations.circulation.CirculationDtos.CheckoutRequest;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanView;
import nl.schoollibrary.reservations.circulation.CirculationDtos.Outcome;
import nl.schoollibrary.reservations.circulation.CirculationDtos.ReservedAlert;
import nl.schoollibrary.reservations.circulation.CirculationDtos.ReturnedLoan;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.PatronNames;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.messaging.Messages;
import nl.schoollibrary.reservations.reservation.ReservationAccess;
import nl.schoollibrary.reservations.reservation.ReservationDtos.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.TitleRef;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle.Transition;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle;
import nl.schoollibrary.reservations.reservation.ReservationService;
import nl.schoollibrary.reservations.reservation.ReservationStatus;

/**
 * Check-in and check-out at a desk. Each runs in one transaction that first locks the title (the same lock
 * placement and cancellation take), then the copy, so a copy is captured once and by the first eligible reservation.
 */
@ApplicationScoped
public class CirculationService {

    private static final ReservationLifecycle LIFECYCLE = ReservationLifecycle.STANDARD;

    /** A reservation a copy is captured for: in transit to its pickup location or on its hold shelf. */
    private static final String CAPTURED = """
            SELECT id, status, pickup_location_id, pickup_by FROM reservation
             WHERE assigned_copy_id = ? AND status IN (%s) FOR UPDATE"""
            .formatted(ReservationStatus.sqlList(ReservationStatus.HOLDING_COPY));

    private final Jdbc jdbc;
    private final ReservationService reservations;
    private final ReservationFacts facts;
    private final ReservationAccess access;
    private final Capture capture;
    private final Messages messages;
    private final EventOutbox events;
    private final Clock clock;

    public CirculationService(Jdbc jdbc, ReservationService reservations, ReservationFacts facts,
            ReservationAccess access, Capture capture, Messages messages, EventOutbox events, Clock clock) {
        this.jdbc = jdbc;
        this.reservations = reservations;
        this.facts = facts;
        this.access = access;
        this.capture = capture;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CheckinResult checkIn(Actor actor, String rawBarcode) {
        long here = deskLocation(actor);
        CopyRow copy = lockCopy(actor, rawBarcode);
        LocalDate today = LocalDate.now(clock);
        ReturnedLoan returned = closeOpenLoan(copy, here, today);
        TitleRef title = title(copy.titleId());

        // A copy already captured: in transit to its pickup location, or scanned again on the hold shelf.
        Optional<Captured> captured = jdbc.one(CAPTURED,
                rs -> new Captured(rs.getLong(1), ReservationStatus.of(rs.getString(2)), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)),
                copy.id());
        if (captured.isPresent()) {
            Captured c = captured.get();
            if (c.pickupLocationId == here) {
                // Arrived (in transit until now), or scanned again on the hold shelf (no transition: keeps its date).
                LocalDate pickupBy = LIFECYCLE.next(c.status, Transition.ARRIVE).isPresent()
                        ? makeReady(c.id, c.status, Transition.ARRIVE, copy, here, today) : c.pickupBy;
                return new CheckinResult(copy.barcode(), title, Outcome.ON_HOLD_SHELF, alert(c.id, pickupBy), null, returned);
            }
            ReservationStatus sent = LIFECYCLE.to(c.status, Transition.SEND_IN_TRANSIT);
            jdbc.update("UPDATE reservation SET status = ?, pickup_by = NULL, ready_at = NULL,"
                    + " version = version + 1 WHERE id = ?", sent.name(), c.id);
            moveCopy(copy.id(), "IN_TRANSIT", here, c.pickupLocationId);
            return new CheckinResult(copy.barcode(), title, Outcome.IN_TRANSIT, alert(c.id, null),
                    locationRef(c.pickupLocationId), returned);
        }

        Optional<Capture.Candidate> next = capture.firstEligible(copy.facts(), copy.titleId(), copy.ownerOrganisationId(),
                today);
        for (; next.isPresent(); next = capture.firstEligible(copy.facts(), copy.titleId(),
                copy.ownerOrganisationId(), today)) {
            Capture.Candidate candidate = next.get();
            boolean readyHere = candidate.pickup().id() == here;
            // Ready here: claimed in its status now, made ready below (CAPTURE_READY); otherwise sent in transit.
            ReservationStatus claimedAs = readyHere ? candidate.status()
                    : LIFECYCLE.to(candidate.status(), Transition.SEND_IN_TRANSIT);
            int claimed = jdbc.update("UPDATE reservation SET status = ?, assigned_copy_id = ?, captured_at = ?,"
                    + " version = version + 1 WHERE id = ? AND status = ?",
                    claimedAs.name(), copy.id(), clock.instant(), candidate.reservationId(), candidate.status().name());
            if (claimed == 0) {
                continue; // closed by expiry in the meantime: offer to the next one
            }
            if (readyHere) {
                LocalDate pickupBy = makeReady(candidate.reservationId(), candidate.status(), Transition.CAPTURE_READY,
                        copy, here, today);
                return new CheckinResult(copy.barcode(), title, Outcome.ON_HOLD_SHELF,
                        alert(candidate.reservationId(), pickupBy), null, returned);
            }
            moveCopy(copy.id(), "IN_TRANSIT", here, candidate.pickup().id());
            events.reservationEvent("ReservationInTransit", candidate.reservationId(), Map.of("copyId", copy.id(),
                    "fromLocationId", here));
            return new CheckinResult(copy.barcode(), title, Outcome.IN_TRANSIT, alert(candidate.reservationId(), null),
                    locationRef(candidate.pickup().id()), returned);
        }

        long owner = copy.facts().ownerLocationId();
        if (owner == here) {
            moveCopy(copy.id(), "ON_SHELF", here, null);
            return new CheckinResult(copy.barcode(), title, Outcome.ON_SHELF, null, null, returned);
        }
        moveCopy(copy.id(), "IN_TRANSIT", here, owner);
        return new CheckinResult(copy.barcode(), title, Outcome.ROUTE_TO_OWNER, null, locationRef(owner), returned);
    }

    @Transactional
    public LoanView checkOut(Actor actor, CheckoutRequest request) {
        long here = deskLocation(actor);
        long patronId = patron(actor, request);
        CopyRow copy = lockCopy(actor, request.barcode());
        String status = copy.facts().state().name();
        if ("ON_LOAN".equals(status) || "MISSING".equals(status) || "IN_TRANSIT".equals(status)) {
            throw new ProblemException(ErrorCode.COPY_NOT_AVAILABLE, switch (status) {
                case "ON_LOAN" -> "This copy is on loan: check it in first.";
                case "MISSING" -> "This copy is registered as missing: check it in first.";
                default -> "This copy is in transit: check it in first.";
            });
        }
        Optional<Held> held = jdbc.one("SELECT id, patron_id, kind = 'COPY', status"
                + " FROM reservation WHERE assigned_copy_id = ? AND status = 'READY' FOR UPDATE",
                rs -> new Held(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), ReservationStatus.of(rs.getString(4))),
                copy.id());
        if (held.isPresent() && held.get().patronId() != patronId) {
            throw new ProblemException(ErrorCode.HELD_FOR_ANOTHER_PATRON,
                    "This copy is on the hold shelf for another patron.");
        }
        LocalDate today = LocalDate.now(clock);
        boolean fulfilsCopyReservation = held.isPresent() && held.get().copyReservation();
        if (copy.facts().loanBlock().activeOn(today) && !fulfilsCopyReservation) {
            LocalDate until = copy.facts().loanBlock().until();
            String reason = copy.facts().loanBlock().reason();
            throw new ProblemException(ErrorCode.LOAN_BLOCKED, "This copy is blocked for loan"
                    + (until != null ? " until " + until : "") + (reason != null ? ": " + reason : "") + ".");
        }
        ReservationFacts.LocationSettings settings = facts.settings(here);
        LocalDate due = facts.calendar(here, today).dueDate(today, settings.loanDays());
        long loanId = jdbc.one("INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date, school_id)"
                + " VALUES (?, ?, ?, ?, ?, " + ReservationAccess.SCHOOL_OF_PATRON + ") RETURNING id", rs -> rs.getLong(1),
                copy.id(), patronId, here, clock.instant(), due, patronId).orElseThrow();
        moveCopy(copy.id(), "ON_LOAN", here, null);
        Optional<Held> fulfils = held;
        if (fulfils.isEmpty()) {
            // Borrowing any copy of a title fulfils the patron's own waiting reservation of it.
            fulfils = jdbc.one("SELECT id, status FROM reservation WHERE patron_id = ? AND title_id = ? AND kind = 'TITLE'"
                    + " AND status = 'WAITING' FOR UPDATE", rs -> new Held(rs.getLong(1), patronId, false,
                    ReservationStatus.of(rs.getString(2))), patronId, copy.titleId());
        }
        Long fulfilled = fulfils.map(Held::reservationId).orElse(null);
        if (fulfilled != null) {
            ReservationStatus closed = LIFECYCLE.to(fulfils.get().status(), Transition.FULFIL);
            jdbc.update("UPDATE reservation SET status = ?, assigned_copy_id = ?, closed_at = ?,"
                    + " version = version + 1 WHERE id = ?", closed.name(), copy.id(), clock.instant(), fulfilled);
            events.reservationEvent("ReservationFulfilled", fulfilled, Map.of("loanId", loanId, "copyId", copy.id()));
        }
        events.loanEvent("LoanCreated", loanId, Map.of("copyId", copy.id(), "dueDate", due.toString()));
        return loans(loanId, true, fulfilled);
    }

    LoanView loans(long loanId, boolean staff, Long fulfilled) {
        return CirculationReads.loanViews(jdbc, "ln.id = ?", staff, LocalDate.now(clock), loanId).stream()
                .findFirst().map(l -> new LoanView(l.id(), l.barcode(), l.title(), l.location(), l.checkedOutAt(),
                        l.dueDate(), l.overdue(), l.status(), l.returnedAt(), l.patron(), fulfilled)).orElseThrow();
    }

    /** Puts the copy on the hold shelf for the reservation: {@code transition} is CAPTURE_READY or ARRIVE. */
    private LocalDate makeReady(long reservationId, ReservationStatus from, Transition transition, CopyRow copy,
            long here, LocalDate today) {
        ReservationStatus ready = LIFECYCLE.to(from, transition);
        ReservationFacts.LocationSettings settings = facts.settings(here);
        LocalDate pickupBy = facts.calendar(here, today).pickupBy(today, settings.pickupDays());
        jdbc.update("UPDATE reservation SET status = ?, ready_at = ?, pickup_by = ?, version = version + 1"
                + " WHERE id = ?", ready.name(), clock.instant(), pickupBy, reservationId);
        moveCopy(copy.id(), "ON_HOLD_SHELF", here, null);
        messages.reservationReady(reservationId);
        events.reservationEvent("ReservationReady", reservationId, Map.of("copyId", copy.id(), "pickupBy",
                pickupBy.toString()));
        return pickupBy;
    }

    private ReturnedLoan closeOpenLoan(CopyRow copy, long here, LocalDate today) {
        Optional<ReturnedLoan> loan = jdbc.one("UPDATE loan SET returned_at = ?, returned_location_id = ?"
                + " WHERE copy_id = ? AND returned_at IS NULL RETURNING id, due_date",
                rs -> new ReturnedLoan(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(2, LocalDate.class).isBefore(today)), clock.instant(), here, copy.id());
        loan.ifPresent(l -> events.loanEvent("LoanReturned", l.loanId(), Map.of("copyId", copy.id(),
                "locationId", here, "overdue", l.overdue())));
        return loan.orElse(null);
    }

    private void moveCopy(long copyId, String status, long currentLocation, Long transitTo) {
        jdbc.update("UPDATE copy SET status = ?, current_location_id = ?, transit_to_location_id = ?,"
                + " version = version + 1 WHERE id = ?", status, currentLocation, transitTo, copyId);
    }

    /** Finds the copy by barcode within the actor's organisation (404 otherwise), locks its title, then the copy. */
    private CopyRow lockCopy(Actor actor, String rawBarcode) {
        String barcode = rawBarcode == null ? "" : rawBarcode.strip().toUpperCase(Locale.ROOT);
        CopyRow found = jdbc.one(CopyRow.SELECT + " WHERE c.barcode = ?", CopyRow::of, barcode)
                .filter(c -> c.ownerOrganisationId() == actor.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Copy", barcode));
        reservations.lockTitle(found.titleId());
        return jdbc.one(CopyRow.SELECT + " WHERE c.id = ? FOR UPDATE OF c", CopyRow::of, found.id()).orElseThrow();
    }

    private long deskLocation(Actor actor) {
        if (actor.locationId() == null || actor.organisationId() == null) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Check-in and check-out happen at the desk of a location; "
                    + "log in as staff of that location.");
        }
        return actor.locationId();
    }

    private long patron(Actor actor, CheckoutRequest request) {
        if ((request.patronId() == null) == (request.cardNumber() == null || request.cardNumber().isBlank())) {
            throw ProblemException.invalid("patronId", "give either patronId or cardNumber");
        }
        Long id = request.patronId() != null ? request.patronId()
                : jdbc.one("SELECT id FROM patron WHERE membership_card_number = ?", rs -> rs.getLong(1),
                        request.cardNumber().strip()).orElseThrow(() -> ProblemException.notFound("Card",
                        request.cardNumber().strip()));
        if (!access.patronVisible(actor, id) || jdbc.count("SELECT count(*) FROM patron WHERE id = ? AND active", id) == 0) {
            throw ProblemException.notFound("Patron", id);
        }
        return id;
    }

    private ReservedAlert alert(long reservationId, LocalDate pickupBy) {
        return jdbc.one("""
                SELECT p.first_name, p.last_name, p.group_name, r.pickup_location_id, l.name, l.kind
                  FROM reservation r JOIN patron p ON p.id = r.patron_id JOIN location l ON l.id = r.pickup_location_id
                 WHERE r.id = ?""", rs -> {
                    String name = PatronNames.display(rs.getString(1), rs.getString(2));
                    String group = rs.getString(3);
                    return new ReservedAlert(reservationId, name, group,
                            "Gereserveerd voor " + name + (group == null ? "" : ", " + group),
                            new LocationRef(rs.getLong(4), rs.getString(5), LocationKind.valueOf(rs.getString(6))),
                            pickupBy);
                }, reservationId).orElseThrow();
    }

    private TitleRef title(long titleId) {
        return jdbc.one("SELECT id, title, authors, cover_url FROM title WHERE id = ?",
                rs -> new TitleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), titleId).orElseThrow();
    }

    private LocationRef locationRef(long id) {
        return jdbc.one("SELECT id, name, kind FROM location WHERE id = ?",
                rs -> new LocationRef(rs.getLong(1), rs.getString(2), LocationKind.valueOf(rs.getString(3))), id)
                .orElseThrow();
    }

    private record Captured(long id, ReservationStatus status, long pickupLocationId, LocalDate pickupBy) {
    }

    /** A reservation a check-out fulfils: the one the copy is held for, or the patron's waiting one of the title. */
    private record Held(long reservationId, long patronId, boolean copyReservation, ReservationStatus status) {
    }
}
