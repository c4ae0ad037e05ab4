package nl.schoollibrary.reservations.copy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.copy.CopyChanges.What;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyDetail;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyReservationRequest;
import nl.schoollibrary.reservations.copy.CopyDtos.SetLoanBlockRequest;
import nl.schoollibrary.reservations.copy.CopyDtos.SetReservationBlockRequest;
import nl.schoollibrary.reservations.copy.CopyReads.CopyRef;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.reservation.ReservationAccess;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle;
import nl.schoollibrary.reservations.reservation.ReservationReads;
import nl.schoollibrary.reservations.reservation.ReservationService;
import nl.schoollibrary.reservations.reservation.ReservationStatus;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;

/**
 * Staff use cases on one copy: its detail, its reservation block and loan block (each change logged with the values
 * before and after), and staff copy reservations. A block change loads the {@link Copy} locked and asks it to change,
 * so the rules live on the copy; the answer is read through {@link CopyReads}.
 */
@ApplicationScoped
public class CopyService {

    private final Copies copies;
    private final CopyReads reads;
    private final CopyChanges changes;
    private final Jdbc jdbc;
    private final Clock clock;
    private final ReservationReads reservations;
    private final ReservationService reservationService;
    private final ReservationAccess access;
    private final ReservationFacts facts;
    private final EventOutbox events;

    public CopyService(Copies copies, CopyReads reads, CopyChanges changes, Jdbc jdbc, Clock clock,
            ReservationReads reservations, ReservationService reservationService, ReservationAccess access,
            ReservationFacts facts, EventOutbox events) {
        this.copies = copies;
        this.reads = reads;
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.reservations = reservations;
        this.reservationService = reservationService;
        this.access = access;
        this.facts = facts;
        this.events = events;
    }

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
     * otherwise it waits and goes before every title reservation when the copy comes back. The reservation is written
     * the way the reservation code writes its rows (its title lock, access and facts), in SQL like that code.
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
        var pickupLocation = facts.location(pickup).filter(l -> l.organisationId() == actor.organisationId())
                .orElseThrow(() -> new ProblemException(ErrorCode.PICKUP_LOCATION_INVALID,
                        "The pickup location must be a location of your organisation."));
        reservationService.lockTitle(found.titleId());
        CopyRef ref = jdbc.one("SELECT id, title_id, owner_location_id, status FROM copy WHERE id = ? FOR UPDATE",
                rs -> new CopyRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), CopyStatus.valueOf(rs.getString(4))),
                found.id()).orElseThrow();
        boolean onShelf = ref.status() == CopyStatus.ON_SHELF;
        LocalDate today = LocalDate.now(clock);
        LocalDate pickupBy = onShelf ? facts.calendar(pickup, today).pickupBy(today, facts.settings(pickup).pickupDays())
                : null;
        // Placed, and ready at once when the copy is on the shelf (captured for it right away).
        ReservationStatus placed = ReservationLifecycle.STANDARD.start();
        ReservationStatus status = onShelf ? ReservationLifecycle.STANDARD.to(placed,
                ReservationLifecycle.Transition.CAPTURE_READY) : placed;
        long id;
        try {
            id = jdbc.one("""
                    INSERT INTO reservation (kind, patron_id, school_id, title_id, requested_copy_id, pickup_location_id,
                                             scope, status, placed_at, placed_by, assigned_copy_id, captured_at, ready_at,
                                             pickup_by)
                    VALUES ('COPY', ?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"""
                    .formatted(ReservationAccess.SCHOOL_OF_PATRON), rs -> rs.getLong(1),
                    request.patronId(), request.patronId(), ref.titleId(), ref.id(), pickup,
                    pickupLocation.isSchoolLibrary() ? "SCHOOL" : "LIBRARY", status.name(),
                    clock.instant(), actor.username(), onShelf ? ref.id() : null, onShelf ? clock.instant() : null,
                    onShelf ? clock.instant() : null, pickupBy).orElseThrow();
        } catch (Jdbc.UniqueViolation e) {
            throw new ProblemException(ErrorCode.CONFLICT, "This copy already has an active copy reservation.");
        }
        if (onShelf) {
            jdbc.update("UPDATE copy SET status = 'ON_HOLD_SHELF', version = version + 1 WHERE id = ?", ref.id());
        }
        changes.record(ref.id(), actor.username(), clock.instant(), What.COPY_RESERVATION, Map.of(),
                Map.of("reservationId", id, "patronId", request.patronId()));
        events.reservationEvent("CopyReservationPlaced", id, Map.of("copyId", ref.id(), "ready", onShelf));
        return reservations.byId(id, true).orElseThrow();
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
