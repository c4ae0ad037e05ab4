package nl.schoollibrary.reservations.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.catalogue.CatalogueReads.TargetLocation;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.MoveCopyRequest;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.NewCopy;
import nl.schoollibrary.reservations.catalogue.CatalogueWriteDtos.WithdrawCopyRequest;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem.FieldError;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Constraints;
import nl.schoollibrary.reservations.copy.Copies;
import nl.schoollibrary.reservations.copy.Copy;
import nl.schoollibrary.reservations.copy.CopyChanges.What;
import nl.schoollibrary.reservations.copy.CopyChanges;
import nl.schoollibrary.reservations.copy.CopyDtos.CopyDetail;
import nl.schoollibrary.reservations.copy.CopyReads.CopyRef;
import nl.schoollibrary.reservations.copy.CopyReads;
import nl.schoollibrary.reservations.copy.CopyScope;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.messaging.Messages;
import nl.schoollibrary.reservations.reservation.Reservation;
import nl.schoollibrary.reservations.reservation.ReservationService;
import nl.schoollibrary.reservations.reservation.ReservationStatus;
import nl.schoollibrary.reservations.reservation.Reservations;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;

/**
 * Catalogue intake of copies: a new copy arrives (on its own or with a new title), its shelf mark or collection
 * changes, it moves to another owner location, it is withdrawn (afgeschreven). Each change is in the copy's history
 * ({@code copy_change}) with the values before and after, and in the outbox; a collection default block that the
 * database's trigger gives a copy entering a collection is recorded as COLLECTION_DEFAULT. Like every change of a
 * title's copies and reservations, a move and a withdrawal take the title's lock first, then the copy's row.
 */
@ApplicationScoped
public class CopyIntakeService {

    /** The scope an integration client needs to change the catalogue. */
    public static final String WRITE_SCOPE = "catalogue:write";

    /** Who the database's collection-default trigger says set a block (V3). */
    static final String COLLECTION_DEFAULT = "collection default";

    /**
     * The close reason of a copy reservation whose copy is withdrawn, as staff see it with the reservation (the student
     * gets a message of its own kind, RESERVATION_COPY_WITHDRAWN, worded by the portal).
     */
    static final String WITHDRAWN_REASON = "Exemplaar afgeschreven";

    private static final String BARCODE_UNIQUE = "copy_barcode_key";

    @Inject Copies copies;
    @Inject CopyReads copyReads;
    @Inject CopyChanges changes;
    @Inject CatalogueReads reads;
    @Inject ReservationService reservationService;
    @Inject Reservations reservations;
    @Inject Messages messages;
    @Inject EventOutbox events;
    @Inject Clock clock;

    /** A new copy's values, checked: its barcode free, its location in scope, its collection found. */
    record CheckedCopy(String barcode, TargetLocation location, String shelfMark, Long collectionId,
            String collectionCode) {
    }

    @Transactional
    public CopyDetail create(Actor actor, NewCopy request) {
        actor.requireScope(WRITE_SCOPE);
        List<FieldError> errors = new ArrayList<>();
        if (request.titleId() == null) {
            errors.add(new FieldError("titleId", "is required"));
        }
        CheckedCopy copy = check(actor, "", request.barcode(), request.locationId(), request.shelfMark(),
                request.collectionCode(), errors);
        if (!reads.titleExists(request.titleId())) {
            throw ProblemException.notFound("Title", request.titleId());
        }
        requireFree(List.of(copy.barcode()));
        reservationService.lockTitle(request.titleId());
        Copy added = add(actor, request.titleId(), copy);
        return copyReads.detail(added.id(), LocalDate.now(clock));
    }

    /**
     * The values of one new copy checked (field rules first, all of them with {@code errors} collected before: 400;
     * then the location in the actor's scope: 404; then the collection in the location's organisation: 400). The
     * barcode's being free is checked apart ({@link #requireFree}), for all copies of a request at once.
     */
    CheckedCopy check(Actor actor, String prefix, String rawBarcode, Long locationId, String rawShelfMark,
            String rawCollection, List<FieldError> errors) {
        String barcode = CatalogueFields.normaliseBarcode(rawBarcode);
        String shelfMark = CatalogueFields.normaliseShelfMark(rawShelfMark);
        String collection = CatalogueFields.normaliseCollectionCode(rawCollection);
        errors.addAll(CatalogueFields.checkCopy(prefix, barcode, shelfMark));
        if (locationId == null) {
            errors.add(new FieldError(prefix + "locationId", "is required"));
        }
        String collectionProblem = CatalogueFields.collectionCodeProblem(collection);
        if (collectionProblem != null) {
            errors.add(new FieldError(prefix + "collectionCode", collectionProblem));
        }
        if (!errors.isEmpty()) {
            throw PatchBody.invalid(errors);
        }
        TargetLocation location = reads.locationInScope(locationId, CopyScope.of(actor))
                .orElseThrow(() -> ProblemException.notFound("Location", locationId));
        Long collectionId = collection == null ? null : reads.collection(location.organisationId(), collection)
                .orElseThrow(() -> ProblemException.invalid(prefix + "collectionCode",
                        "no collection " + collection + " in the organisation of this location"));
        return new CheckedCopy(barcode, location, shelfMark, collectionId, collection);
    }

    /** 409 BARCODE_TAKEN when one of the barcodes belongs to a copy already. */
    void requireFree(List<String> barcodes) {
        List<String> taken = reads.takenBarcodes(barcodes);
        if (!taken.isEmpty()) {
            throw new ProblemException(ErrorCode.BARCODE_TAKEN, "The barcode " + String.join(", ", taken)
                    + (taken.size() == 1 ? " belongs" : " belong") + " to another copy already.");
        }
    }

    /** Adds a checked copy of a title (the caller holds the title's lock): history, collection default, event. */
    Copy add(Actor actor, long titleId, CheckedCopy checked) {
        Copy copy = Copy.arrive(titleId, checked.barcode(), checked.location().id(), checked.shelfMark(),
                checked.collectionId());
        try {
            copies.persist(copy);
            copies.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, BARCODE_UNIQUE)) {
                throw new ProblemException(ErrorCode.BARCODE_TAKEN, "The barcode " + checked.barcode()
                        + " belongs to another copy already.");
            }
            throw e;
        }
        Instant now = clock.instant();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("barcode", copy.barcode());
        after.put("titleId", titleId);
        after.put("locationId", checked.location().id());
        after.put("shelfMark", copy.shelfMark());
        after.put("collectionCode", checked.collectionCode());
        changes.record(copy.id(), actor.username(), now, What.CREATED, Map.of(), after);
        recordCollectionDefault(actor, copy, BlockLevel.NONE, checked.collectionCode(), now);
        events.copyEvent("CopyCreated", copy.id(), Map.of("titleId", titleId, "barcode", copy.barcode(),
                "locationId", checked.location().id()));
        return copy;
    }

    /**
     * A new shelf mark and/or collection: absent fields stay, {@code collectionCode: null} takes the copy out of its
     * collection (its block stays). Into a collection with a default block, a copy without block gets it.
     */
    @Transactional
    public CopyDetail patch(Actor actor, String barcode, ObjectNode body) {
        actor.requireScope(WRITE_SCOPE);
        PatchBody patch = PatchBody.of(body, List.of("shelfMark", "collectionCode"));
        CopyRef found = copyReads.inScope(actor, barcode);
        String shelfMark = null;
        if (patch.has("shelfMark")) {
            shelfMark = CatalogueFields.normaliseShelfMark(patch.text("shelfMark", false));
            String problem = CatalogueFields.shelfMarkProblem(shelfMark);
            if (problem != null) {
                throw ProblemException.invalid("shelfMark", problem);
            }
        }
        String collection = patch.has("collectionCode")
                ? CatalogueFields.normaliseCollectionCode(patch.text("collectionCode", false)) : null;
        Long collectionId = patch.has("collectionCode")
                ? collectionOf(reads.organisationOf(found.ownerLocationId()), collection, "collectionCode") : null;
        Copy copy = copies.lock(found.id()).orElseThrow();
        Map<String, Object> before = catalogueFields(copy);
        BlockLevel blockBefore = copy.reservationBlock();
        if (patch.has("shelfMark")) {
            copy.changeShelfMark(shelfMark);
        }
        if (patch.has("collectionCode")) {
            copy.changeCollection(collectionId);
        }
        Instant now = clock.instant();
        Map<String, Object> after = afterFlush(copy);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        diff(before, after, changedBefore, changedAfter);
        if (!changedAfter.isEmpty()) {
            changes.record(copy.id(), actor.username(), now, What.CHANGED, changedBefore, changedAfter);
            recordCollectionDefault(actor, copy, blockBefore, collection, now);
            events.copyEvent("CopyChanged", copy.id(), TitleService.changedPayload(changedAfter));
        }
        return copyReads.detail(copy.id(), LocalDate.now(clock));
    }

    /**
     * To another owner location of the actor's scope, blocks kept; shelf mark and collection change when given.
     * Refused (409 COPY_HELD_OR_IN_TRANSIT) for a copy on the hold shelf for a ready reservation or in transit. A copy
     * on loan changes owner now and goes there when it is checked in.
     */
    @Transactional
    public CopyDetail move(Actor actor, String barcode, MoveCopyRequest request) {
        actor.requireScope(WRITE_SCOPE);
        if (request.locationId() == null) {
            throw ProblemException.invalid("locationId", "is required");
        }
        CopyRef found = copyReads.inScope(actor, barcode);
        String shelfMark = CatalogueFields.normaliseShelfMark(request.shelfMark());
        if (shelfMark != null && CatalogueFields.shelfMarkProblem(shelfMark) != null) {
            throw ProblemException.invalid("shelfMark", CatalogueFields.shelfMarkProblem(shelfMark));
        }
        TargetLocation target = reads.locationInScope(request.locationId(), CopyScope.of(actor))
                .orElseThrow(() -> ProblemException.notFound("Location", request.locationId()));
        String collection = CatalogueFields.normaliseCollectionCode(request.collectionCode());
        Long collectionId = collection == null ? null
                : collectionOf(target.organisationId(), collection, "collectionCode");
        if (target.id() == found.ownerLocationId()) {
            throw ProblemException.invalid("locationId", "the copy belongs to this location already (change its "
                    + "shelf mark or collection with PATCH)");
        }
        reservationService.lockTitle(found.titleId());
        Copy copy = copies.lock(found.id()).orElseThrow();
        copy.requireInCirculation();
        if (reservations.lockReadyForCopy(copy.id()).isPresent()) {
            throw new ProblemException(ErrorCode.COPY_HELD_OR_IN_TRANSIT, "This copy is on the hold shelf for a "
                    + "reservation: move it after it has been picked up, or when the reservation has ended.");
        }
        Map<String, Object> before = catalogueFields(copy);
        before.put("ownerLocationId", copy.ownerLocationId());
        before.put("currentLocationId", copy.currentLocationId());
        BlockLevel blockBefore = copy.reservationBlock();
        long from = copy.ownerLocationId();
        copy.move(target.id());
        if (shelfMark != null) {
            copy.changeShelfMark(shelfMark);
        }
        if (collectionId != null) {
            copy.changeCollection(collectionId);
        }
        Instant now = clock.instant();
        Map<String, Object> after = afterFlush(copy);
        after.put("ownerLocationId", copy.ownerLocationId());
        after.put("currentLocationId", copy.currentLocationId());
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        diff(before, after, changedBefore, changedAfter);
        changes.record(copy.id(), actor.username(), now, What.MOVED, changedBefore, changedAfter);
        if (collectionId != null) {
            recordCollectionDefault(actor, copy, blockBefore, collection, now);
        }
        events.copyEvent("CopyMoved", copy.id(), Map.of("fromLocationId", from, "toLocationId", target.id()));
        return copyReads.detail(copy.id(), LocalDate.now(clock));
    }

    /**
     * Withdraws the copy with a reason: it leaves circulation for good (kept as history). A staff copy reservation of
     * it is cancelled (the student gets a message); a title reservation it was held for (ready, or on its way) waits
     * again, first in its queue, for the next copy: a copy on a shelf appears on the pick list and is captured for it
     * when it is checked in, as always. Refused for a copy on loan (409 COPY_ON_LOAN) or withdrawn (409
     * COPY_WITHDRAWN).
     */
    @Transactional
    public CopyDetail withdraw(Actor actor, String barcode, WithdrawCopyRequest request) {
        actor.requireScope(WRITE_SCOPE);
        String problem = CatalogueFields.withdrawReasonProblem(request.reason());
        if (problem != null) {
            throw ProblemException.invalid("reason", problem);
        }
        String reason = CatalogueFields.text(request.reason());
        CopyRef found = copyReads.inScope(actor, barcode);
        reservationService.lockTitle(found.titleId());
        Copy copy = copies.lock(found.id()).orElseThrow();
        String previous = copy.status().name();
        Instant now = clock.instant();
        copy.withdraw(reason, actor.username(), now);
        for (Reservation reservation : reservations.lockActiveOnCopy(copy.id())) {
            handOn(reservation, copy, actor, now);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", previous);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", copy.status().name());
        after.put("reason", reason);
        changes.record(copy.id(), actor.username(), now, What.WITHDRAWN, before, after);
        events.copyEvent("CopyWithdrawn", copy.id(), Map.of("reason", reason, "previousStatus", previous));
        copies.flush();
        return copyReads.detail(copy.id(), LocalDate.now(clock));
    }

    /** A reservation of a copy being withdrawn: a copy reservation is cancelled, a title reservation waits again. */
    private void handOn(Reservation reservation, Copy copy, Actor actor, Instant now) {
        ReservationStatus previous = reservation.status();
        if (reservation.isCopyReservation()) {
            reservation.cancel(true, WITHDRAWN_REASON, actor.username(), now);
            messages.reservationCopyWithdrawn(reservation.id());
            events.reservationEvent("ReservationCancelled", reservation.id(), Map.of("previousStatus",
                    previous.name(), "byStaff", true, "copyWithdrawn", copy.id()));
            return;
        }
        reservation.release(reads.frontOfQueue(reservation.titleId(), reservation.queueSeq()));
        events.reservationEvent("ReservationReleased", reservation.id(), Map.of("previousStatus", previous.name(),
                "copyId", copy.id()));
    }

    /** The collection with this code in the organisation; {@code null} for no code; 400 for an unknown code. */
    private Long collectionOf(long organisationId, String code, String field) {
        if (code == null) {
            return null;
        }
        String problem = CatalogueFields.collectionCodeProblem(code);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
        return reads.collection(organisationId, code).orElseThrow(() -> ProblemException.invalid(field,
                "no collection " + code + " in the organisation of this copy"));
    }

    /**
     * Records the block a collection's default gave the copy (the trigger on insert or collection change), when the
     * copy had none before and has one set by the trigger now: read from the row, as the trigger wrote it.
     */
    private void recordCollectionDefault(Actor actor, Copy copy, BlockLevel before, String collection, Instant now) {
        if (before != BlockLevel.NONE) {
            return;
        }
        CatalogueReads.Block block = reads.reservationBlock(copy.id());
        if (block.level() == BlockLevel.NONE || !COLLECTION_DEFAULT.equals(block.setBy())) {
            return;
        }
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("level", BlockLevel.NONE.name());
        was.put("until", null);
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("level", block.level().name());
        is.put("until", block.until() == null ? null : block.until().toString());
        is.put("collectionCode", collection);
        changes.record(copy.id(), actor.username(), now, What.COLLECTION_DEFAULT, was, is);
    }

    /**
     * Flushes the copy's change (the trigger may block it; {@link #recordCollectionDefault} reads that back, the copy
     * is not changed again in this transaction); answers its catalogue fields.
     */
    private Map<String, Object> afterFlush(Copy copy) {
        copies.flush();
        return catalogueFields(copy);
    }

    private Map<String, Object> catalogueFields(Copy copy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("shelfMark", copy.shelfMark());
        values.put("collectionCode", reads.collectionCode(copy.collectionId()));
        return values;
    }

    private static void diff(Map<String, Object> before, Map<String, Object> after, Map<String, Object> changedBefore,
            Map<String, Object> changedAfter) {
        after.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                changedBefore.put(key, before.get(key));
                changedAfter.put(key, value);
            }
        });
    }
}
