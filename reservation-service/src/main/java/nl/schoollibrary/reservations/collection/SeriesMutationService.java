package nl.schoollibrary.reservations.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.CopySample;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.DryRunResult;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.MutationChange;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.Selection;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.SeriesMutationRequest;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.SeriesMutationView;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.UndoResult;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.copy.CopyScope;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;

/**
 * Series mutations (seriemutaties): set or clear the reservation block and/or loan block of a whole selection of
 * copies in one set-based statement, with a dry run first, a record of who changed what and the previous values of
 * exactly the copies changed, and an undo that restores those copies unless they changed again since.
 *
 * <p>The record is a {@link SeriesMutation} entity and the collection default a {@link Collection}; the per-copy work
 * stays set-based SQL: 100,000+ copies are changed, remembered and restored by one statement each (a few seconds at
 * most), where loading them as entities would take minutes. No copy is loaded as an entity in these transactions.
 */
@ApplicationScoped
public class SeriesMutationService {

    @Inject SeriesMutations mutations;
    @Inject SeriesMutationReads reads;
    @Inject Collections collections;
    @Inject Jdbc jdbc;
    @Inject Clock clock;
    @Inject ObjectMapper mapper;

    /** The copies of an organisation, as every statement over a selection reads them. */
    private static final String COPIES = "copy c JOIN location o ON o.id = c.owner_location_id";

    /**
     * What a request selects, as SQL over {@link #COPIES}: its criteria, and the actor's scope, which every statement
     * applies (the copies outside it are only counted). {@code params} are the criteria's, then the scope's.
     */
    private record Selected(String criteria, CopyScope scope, List<Object> params) {

        String inScope() {
            return criteria + " AND " + scope.sql();
        }

        String outOfScope() {
            return criteria + " AND NOT (" + scope.sql() + ")";
        }
    }

    @Transactional
    public DryRunResult dryRun(Actor actor, SeriesMutationRequest request) {
        Selected selected = select(actor, request);
        Object[] params = selected.params().toArray();
        long matched = jdbc.count("SELECT count(*) FROM " + COPIES + " WHERE " + selected.inScope(), params);
        long outOfScope = outOfScope(selected);
        List<CopySample> sample = jdbc.list("SELECT c.barcode, t.title, l.name, c.shelf_mark, c.reservation_block,"
                + " c.loan_blocked FROM " + COPIES + " JOIN title t ON t.id = c.title_id"
                + " JOIN location l ON l.id = c.current_location_id WHERE " + selected.inScope()
                + " ORDER BY c.shelf_mark, c.barcode LIMIT 20", rs -> new CopySample(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), BlockLevel.valueOf(rs.getString(5)), rs.getBoolean(6)), params);
        return new DryRunResult(matched, outOfScope, sample);
    }

    @Transactional
    public SeriesMutationView apply(Actor actor, SeriesMutationRequest request) {
        Selected selected = select(actor, request);
        long outOfScope = outOfScope(selected);
        Instant now = clock.instant();
        SeriesMutation mutation = SeriesMutation.start(actor.organisationId(), actor.username(), now,
                json(request.selection()), json(request.change()), (int) outOfScope);
        mutations.persist(mutation);
        long id = mutation.id();

        MutationChange change = request.change();
        List<String> assignments = new ArrayList<>();
        List<Object> assignmentParams = new ArrayList<>();
        if (change.reservationBlock() != null) {
            assignments.add("reservation_block = ?, reservation_block_until = ?, reservation_block_set_by = ?,"
                    + " reservation_block_set_at = ?");
            assignmentParams.addAll(List.of(change.reservationBlock().level().name()));
            assignmentParams.add(change.reservationBlock().until());
            assignmentParams.addAll(List.of(actor.username(), now));
        }
        if (change.loanBlock() != null) {
            boolean blocked = change.loanBlock().blocked();
            assignments.add("loan_blocked = ?, loan_block_until = ?, loan_block_reason = ?, loan_block_set_by = ?,"
                    + " loan_block_set_at = ?");
            assignmentParams.add(blocked);
            assignmentParams.add(blocked ? change.loanBlock().until() : null);
            assignmentParams.add(blocked ? blank(change.loanBlock().reason()) : null);
            assignmentParams.addAll(List.of(actor.username(), now));
        }
        // One statement: lock the selection (so the values it remembers are the latest), change it, and write the
        // previous values from the UPDATE's RETURNING (no second pass over the selection).
        String sql = """
                WITH sel AS (
                    SELECT c.id, c.reservation_block, c.reservation_block_until, c.reservation_block_set_by,
                           c.reservation_block_set_at, c.loan_blocked, c.loan_block_until, c.loan_block_reason,
                           c.loan_block_set_by, c.loan_block_set_at
                      FROM %s
                     WHERE %s FOR UPDATE OF c),
                upd AS (
                    UPDATE copy c SET %s, version = c.version + 1 FROM sel WHERE c.id = sel.id
                    RETURNING c.id, c.version, sel.reservation_block, sel.reservation_block_until,
                              sel.reservation_block_set_by, sel.reservation_block_set_at, sel.loan_blocked,
                              sel.loan_block_until, sel.loan_block_reason, sel.loan_block_set_by, sel.loan_block_set_at)
                INSERT INTO series_mutation_item (mutation_id, copy_id, reservation_block, reservation_block_until,
                       reservation_block_set_by, reservation_block_set_at, loan_blocked, loan_block_until,
                       loan_block_reason, loan_block_set_by, loan_block_set_at, after_version)
                SELECT ?, id, reservation_block, reservation_block_until, reservation_block_set_by,
                       reservation_block_set_at, loan_blocked, loan_block_until, loan_block_reason, loan_block_set_by,
                       loan_block_set_at, version
                  FROM upd""".formatted(COPIES, selected.inScope(), String.join(", ", assignments));
        bulkStatementSettings();
        List<Object> all = new ArrayList<>(selected.params());
        all.addAll(assignmentParams);
        all.add(id);
        int changed = jdbc.update(sql, all.toArray());
        mutation.applied(changed);
        if (Boolean.TRUE.equals(change.setCollectionDefault())) {
            collections.byCode(actor.organisationId(), request.selection().collectionCode()).orElseThrow()
                    .setDefaultBlock(change.reservationBlock().level(), change.reservationBlock().until(),
                            LocalDate.now(clock));
        }
        jdbc.update("INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, payload)"
                + " VALUES (?, 'SeriesMutationApplied', 'SERIES_MUTATION', ?, ?, jsonb_build_object('changed', ?))",
                now, id, actor.organisationId(), changed);
        return get(actor, id);
    }

    @Transactional
    public UndoResult undo(Actor actor, long id, boolean skipChanged) {
        // Locked (404 outside the caller's organisation): a concurrent undo has finished by then.
        SeriesMutation mutation = mutations.lock(id, actor.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Series mutation", id));
        int skipped = mutation.undo(() -> restoreCopies(id), skipChanged, actor.username(), clock.instant());
        SeriesMutationView undone = get(actor, id);
        return new UndoResult(undone, undone.restored(), skipped);
    }

    /**
     * One statement restores every copy still at the version the mutation left behind; the UPDATE re-checks the
     * version on the latest row, so a copy changed concurrently is skipped, never overwritten.
     *
     * @return how many copies were restored
     */
    private int restoreCopies(long id) {
        bulkStatementSettings();
        return jdbc.update("""
                UPDATE copy c SET reservation_block = r.reservation_block,
                       reservation_block_until = r.reservation_block_until,
                       reservation_block_set_by = r.reservation_block_set_by,
                       reservation_block_set_at = r.reservation_block_set_at, loan_blocked = r.loan_blocked,
                       loan_block_until = r.loan_block_until, loan_block_reason = r.loan_block_reason,
                       loan_block_set_by = r.loan_block_set_by, loan_block_set_at = r.loan_block_set_at,
                       version = c.version + 1
                  FROM series_mutation_item r
                 WHERE r.mutation_id = ? AND c.id = r.copy_id AND c.version = r.after_version""", id);
    }

    /**
     * Settings for the one big statement of an apply or undo, for this transaction only: no JIT compilation (it cost
     * ~0.35 s per statement and the plan is simple) and enough memory to hash the selection without spilling to disk.
     */
    private void bulkStatementSettings() {
        jdbc.one("SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)", rs -> rs.getString(1));
    }

    public Page<SeriesMutationView> list(Actor actor, int page, int size) {
        return reads.list(actor.organisationId(), page, size);
    }

    public SeriesMutationView get(Actor actor, long id) {
        return reads.byId(id, actor.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Series mutation", id));
    }

    private long outOfScope(Selected selected) {
        return jdbc.count("SELECT count(*) FROM " + COPIES + " WHERE " + selected.outOfScope(),
                selected.params().toArray());
    }

    /** Validates the request and turns its selection into SQL with the actor's scope. */
    private Selected select(Actor actor, SeriesMutationRequest request) {
        validate(request, actor);
        Selection s = request.selection();
        // A withdrawn copy is history: no block or loan block of a series mutation reaches it.
        StringBuilder sql = new StringBuilder("c.status <> 'WITHDRAWN'");
        List<Object> params = new ArrayList<>();
        if (s.collectionCode() != null) {
            Collection collection = collections.byCode(actor.organisationId(), s.collectionCode()).orElseThrow(
                    () -> ProblemException.invalid("selection.collectionCode", "no such collection"));
            sql.append(" AND c.collection_id = ?");
            params.add(collection.id());
        }
        if (s.locationId() != null) {
            sql.append(" AND c.owner_location_id = ?");
            params.add(s.locationId());
        }
        if (s.shelfMarkPrefix() != null) {
            sql.append(" AND c.shelf_mark LIKE ? ESCAPE '\\'");
            params.add(s.shelfMarkPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (s.titleIds() != null && !s.titleIds().isEmpty()) {
            sql.append(" AND c.title_id = ANY (?)");
            params.add(s.titleIds().toArray(Long[]::new));
        }
        if (s.barcodes() != null && !s.barcodes().isEmpty()) {
            sql.append(" AND c.barcode = ANY (?)");
            params.add(s.barcodes().stream().map(b -> b.strip().toUpperCase(Locale.ROOT)).toArray(String[]::new));
        }
        CopyScope scope = CopyScope.of(actor);
        params.add(scope.param());
        return new Selected(sql.toString(), scope, params);
    }

    private void validate(SeriesMutationRequest request, Actor actor) {
        Selection s = request.selection();
        boolean empty = s.collectionCode() == null && s.locationId() == null && s.shelfMarkPrefix() == null
                && (s.titleIds() == null || s.titleIds().isEmpty()) && (s.barcodes() == null || s.barcodes().isEmpty());
        if (empty) {
            throw ProblemException.invalid("selection", "choose at least one of collectionCode, locationId, "
                    + "shelfMarkPrefix, titleIds, barcodes");
        }
        MutationChange change = request.change();
        if (change.reservationBlock() == null && change.loanBlock() == null) {
            throw ProblemException.invalid("change", "set a reservationBlock and/or a loanBlock");
        }
        LocalDate today = LocalDate.now(clock);
        if (change.reservationBlock() != null) {
            LocalDate until = change.reservationBlock().until();
            if (until != null && until.isBefore(today)) {
                throw ProblemException.invalid("change.reservationBlock.until", "must be today or later");
            }
            if (until != null && change.reservationBlock().level() == BlockLevel.NONE) {
                throw ProblemException.invalid("change.reservationBlock.until", "clearing a block takes no end date");
            }
        }
        if (change.loanBlock() != null) {
            LocalDate until = change.loanBlock().until();
            if (until != null && until.isBefore(today)) {
                throw ProblemException.invalid("change.loanBlock.until", "must be today or later");
            }
            if (!change.loanBlock().blocked() && (until != null || blank(change.loanBlock().reason()) != null)) {
                throw ProblemException.invalid("change.loanBlock", "clearing a loan block takes no end date or reason");
            }
        }
        if (Boolean.TRUE.equals(change.setCollectionDefault())
                && (s.collectionCode() == null || change.reservationBlock() == null)) {
            throw ProblemException.invalid("change.setCollectionDefault",
                    "needs selection.collectionCode and a reservationBlock");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
