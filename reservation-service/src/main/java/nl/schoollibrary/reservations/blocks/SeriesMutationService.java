package nl.schoollibrary.reservations.blocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.blocks.BlockDtos.CopySample;
import nl.schoollibrary.reservations.blocks.BlockDtos.DryRunResult;
import nl.schoollibrary.reservations.blocks.BlockDtos.Level;
import nl.schoollibrary.reservations.blocks.BlockDtos.MutationChange;
import nl.schoollibrary.reservations.blocks.BlockDtos.Selection;
import nl.schoollibrary.reservations.blocks.BlockDtos.SeriesMutationRequest;
import nl.schoollibrary.reservations.blocks.BlockDtos.SeriesMutationView;
import nl.schoollibrary.reservations.blocks.BlockDtos.UndoResult;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * Series mutations (seriemutaties): set or clear the reservation block and/or loan block of a whole selection of
 * copies in one set-based statement, with a dry run first, a record of who changed what and the previous values of
 * exactly the copies changed, and an undo that restores those copies unless they changed again since.
 */
@ApplicationScoped
public class SeriesMutationService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final Clock clock;
    private final ObjectMapper mapper;

    public SeriesMutationService(Jdbc jdbc, Clock clock, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** The selection as SQL over {@code copy c JOIN location o ON o.id = c.owner_location_id}. */
    private record Criteria(String sql, List<Object> params) {
    }

    @Transactional
    public DryRunResult dryRun(Actor actor, SeriesMutationRequest request) {
        validate(request, actor);
        Criteria criteria = criteria(actor, request.selection());
        CopyScope scope = CopyScope.of(actor);
        List<Object> inParams = new ArrayList<>(criteria.params());
        inParams.add(scope.param());
        long matched = jdbc.count("SELECT count(*) FROM copy c JOIN location o ON o.id = c.owner_location_id WHERE "
                + criteria.sql() + " AND " + scope.sql(), inParams.toArray());
        long outOfScope = jdbc.count("SELECT count(*) FROM copy c JOIN location o ON o.id = c.owner_location_id WHERE "
                + criteria.sql() + " AND NOT (" + scope.sql() + ")", inParams.toArray());
        List<CopySample> sample = jdbc.list("SELECT c.barcode, t.title, l.name, c.shelf_mark, c.reservation_block,"
                + " c.loan_blocked FROM copy c JOIN location o ON o.id = c.owner_location_id JOIN title t ON t.id = c.title_id"
                + " JOIN location l ON l.id = c.current_location_id WHERE " + criteria.sql() + " AND " + scope.sql()
                + " ORDER BY c.shelf_mark, c.barcode LIMIT 20", rs -> new CopySample(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), Level.valueOf(rs.getString(5)), rs.getBoolean(6)), inParams.toArray());
        return new DryRunResult(matched, outOfScope, sample);
    }

    @Transactional
    public SeriesMutationView apply(Actor actor, SeriesMutationRequest request) {
        validate(request, actor);
        Criteria criteria = criteria(actor, request.selection());
        CopyScope scope = CopyScope.of(actor);
        List<Object> params = new ArrayList<>(criteria.params());
        params.add(scope.param());
        long outOfScope = jdbc.count("SELECT count(*) FROM copy c JOIN location o ON o.id = c.owner_location_id WHERE "
                + criteria.sql() + " AND NOT (" + scope.sql() + ")", params.toArray());
        var now = clock.instant();
        long id = jdbc.one("INSERT INTO series_mutation (organisation_id, created_by, created_at, selection, change,"
                + " matched, changed, out_of_scope) VALUES (?, ?, ?, ?::jsonb, ?::jsonb, 0, 0, ?) RETURNING id",
                rs -> rs.getLong(1), actor.organisationId(), actor.username(), now, json(request.selection()),
                json(request.change()), (int) outOfScope).orElseThrow();

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
                      FROM copy c JOIN location o ON o.id = c.owner_location_id
                     WHERE %s AND %s FOR UPDATE OF c),
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
                  FROM upd""".formatted(criteria.sql(), scope.sql(), String.join(", ", assignments));
        bulkStatementSettings();
        List<Object> all = new ArrayList<>(params);
        all.addAll(assignmentParams);
        all.add(id);
        int changed = jdbc.update(sql, all.toArray());
        jdbc.update("UPDATE series_mutation SET matched = ?, changed = ? WHERE id = ?", changed, changed, id);
        if (Boolean.TRUE.equals(change.setCollectionDefault())) {
            jdbc.update("UPDATE collection SET default_reservation_block = ?, default_block_until = ?"
                    + " WHERE organisation_id = ? AND code = ?", change.reservationBlock().level().name(),
                    change.reservationBlock().level() == Level.NONE ? null : change.reservationBlock().until(),
                    actor.organisationId(), request.selection().collectionCode());
        }
        jdbc.update("INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, payload)"
                + " VALUES (?, 'SeriesMutationApplied', 'SERIES_MUTATION', ?, ?, jsonb_build_object('changed', ?))",
                now, id, actor.organisationId(), changed);
        return get(actor, id);
    }

    @Transactional
    public UndoResult undo(Actor actor, long id, boolean skipChanged) {
        // Lock first (404 outside the caller's organisation), then read: a concurrent undo has finished by then.
        if (jdbc.one("SELECT id FROM series_mutation WHERE id = ? AND organisation_id = ? FOR UPDATE",
                rs -> rs.getLong(1), id, actor.organisationId()).isEmpty()) {
            throw ProblemException.notFound("Series mutation", id);
        }
        SeriesMutationView mutation = get(actor, id);
        if (mutation.undoneAt() != null) {
            throw new ProblemException(ErrorCode.CONFLICT, "This series mutation was already undone.");
        }
        // One statement restores every copy still at the version the mutation left behind; the UPDATE re-checks the
        // version on the latest row, so a copy changed concurrently is skipped, never overwritten.
        bulkStatementSettings();
        int restored = jdbc.update("""
                UPDATE copy c SET reservation_block = r.reservation_block,
                       reservation_block_until = r.reservation_block_until,
                       reservation_block_set_by = r.reservation_block_set_by,
                       reservation_block_set_at = r.reservation_block_set_at, loan_blocked = r.loan_blocked,
                       loan_block_until = r.loan_block_until, loan_block_reason = r.loan_block_reason,
                       loan_block_set_by = r.loan_block_set_by, loan_block_set_at = r.loan_block_set_at,
                       version = c.version + 1
                  FROM series_mutation_item r
                 WHERE r.mutation_id = ? AND c.id = r.copy_id AND c.version = r.after_version""", id);
        int changedSince = mutation.changed() - restored;
        if (changedSince > 0 && !skipChanged) {
            // Roll back what was restored: all or nothing unless the caller chose to skip the changed copies.
            throw new ProblemException(ErrorCode.CONFLICT, changedSince + " of the copies changed again after this "
                    + "series mutation; nothing was undone. Undo with skipChanged=true to restore only the others.");
        }
        jdbc.update("UPDATE series_mutation SET undone_at = ?, undone_by = ?, restored = ? WHERE id = ?",
                clock.instant(), actor.username(), restored, id);
        return new UndoResult(get(actor, id), restored, changedSince);
    }

    /**
     * Settings for the one big statement of an apply or undo, for this transaction only: no JIT compilation (it cost
     * ~0.35 s per statement and the plan is simple) and enough memory to hash the selection without spilling to disk.
     */
    private void bulkStatementSettings() {
        jdbc.one("SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)", rs -> rs.getString(1));
    }

    public Page<SeriesMutationView> list(Actor actor, int page, int size) {
        long total = jdbc.count("SELECT count(*) FROM series_mutation WHERE organisation_id = ?", actor.organisationId());
        List<SeriesMutationView> items = jdbc.list(SELECT + " WHERE organisation_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                this::view, actor.organisationId(), size, page * size);
        return new Page<>(items, page, size, total);
    }

    public SeriesMutationView get(Actor actor, long id) {
        return jdbc.one(SELECT + " WHERE id = ? AND organisation_id = ?", this::view, id, actor.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Series mutation", id));
    }

    private static final String SELECT = "SELECT id, created_by, created_at, selection::text, change::text, matched,"
            + " changed, out_of_scope, undone_at, undone_by, restored FROM series_mutation";

    private SeriesMutationView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp undone = rs.getTimestamp("undone_at");
        return new SeriesMutationView(rs.getLong("id"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), map(rs.getString(4)), map(rs.getString(5)),
                rs.getInt("matched"), rs.getInt("changed"), rs.getInt("out_of_scope"),
                undone == null ? null : undone.toInstant(), rs.getString("undone_by"),
                rs.getObject("restored", Integer.class));
    }

    private Criteria criteria(Actor actor, Selection s) {
        StringBuilder sql = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        if (s.collectionCode() != null) {
            Long collection = jdbc.one("SELECT id FROM collection WHERE organisation_id = ? AND code = ?",
                    rs -> rs.getLong(1), actor.organisationId(), s.collectionCode()).orElseThrow(
                    () -> ProblemException.invalid("selection.collectionCode", "no such collection"));
            sql.append(" AND c.collection_id = ?");
            params.add(collection);
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
        return new Criteria(sql.toString(), params);
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
            if (until != null && change.reservationBlock().level() == Level.NONE) {
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

    private Map<String, Object> map(String text) {
        try {
            return mapper.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
