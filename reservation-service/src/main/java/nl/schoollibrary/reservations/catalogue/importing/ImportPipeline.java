package nl.schoollibrary.reservations.catalogue.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.CatalogueImportResult;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportCounts;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportFormat;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportRowError;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.RunStatus;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import org.jboss.logging.Logger;

/**
 * One import in one transaction: read the file streamed into the temporary tables (rows checked as they come), take
 * the organisation's import lock, plan, then refuse (all-or-nothing with rejected rows), report (dry run) or apply,
 * and record the import. See {@link CatalogueImporter}.
 */
@ApplicationScoped
public class ImportPipeline {

    /** Most rejected rows listed in an answer; the rest are counted. */
    static final int MAX_LISTED_ERRORS = 200;
    /** The advisory-lock class of catalogue imports (two-int keys: no clash with the single-bigint keys of ADR 0006). */
    private static final int LOCK_CLASS = 19;
    private static final Logger LOG = Logger.getLogger(ImportPipeline.class);

    @Inject Jdbc jdbc;
    @Inject Clock clock;
    @Inject ObjectMapper mapper;
    @Inject ImportRuns runs;
    @Inject EventOutbox events;
    @Inject AppConfig config;

    /** An import that ends without change: the problem to answer and what to record. */
    static final class Refusal extends RuntimeException {
        final ProblemException problem;
        final ImportContext context;
        final ImportCounts titles;
        final ImportCounts copies;

        Refusal(ProblemException problem, ImportContext context, ImportCounts titles, ImportCounts copies) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
            this.context = context;
            this.titles = titles;
            this.copies = copies;
        }
    }

    /** The file as read: its bytes are counted and hashed on the way (see {@link CatalogueImporter}). */
    interface Source {
        InputStream stream();

        /** Reads what is left (so the hash covers the whole file), then answers the SHA-256 in hex. */
        String sha256() throws IOException;

        long bytes();
    }

    @Transactional
    @TransactionConfiguration(timeout = 900)
    CatalogueImportResult run(Actor actor, ImportFormat format, CatalogueImporter.Options options, Source source,
            Instant started) throws IOException {
        long t0 = System.nanoTime();
        ImportContext context = context(actor);
        Notes notes = new Notes();
        int maxRows = config.catalogueImport().maxRows();
        ImportStage stage = new ImportStage(jdbc, context, maxRows, notes);
        try {
            switch (format) {
                case CSV -> CatalogueCsv.read(source.stream(), stage::add);
                case JSON -> CatalogueJson.read(mapper.getFactory(), source.stream(), stage::add);
                case MARC -> CatalogueMarc.read(source.stream(), false, options.holdings(), stage::add);
                case MARCXML -> CatalogueMarc.read(source.stream(), true, options.holdings(), stage::add);
                default -> throw new IllegalStateException(format.name());
            }
        } catch (FileMalformed e) {
            throw malformed(context, e.where, e.getMessage());
        } catch (ImportStage.TooManyRows e) {
            throw malformed(context, e.at.line != null ? "line " + e.at.line : "record " + e.at.record,
                    String.format(Locale.ROOT, "is more than the %,d rows (copies, or titles without copies) one import"
                            + " may hold; split the file", maxRows));
        }
        stage.flush();
        jdbc.update("ANALYZE imp_title, imp_copy");
        long t1 = System.nanoTime();
        // One import per organisation at a time: the plan and the changes see the same catalogue.
        jdbc.list("SELECT pg_advisory_xact_lock(?, ?)", rs -> 1, LOCK_CLASS, (int) context.organisationId());
        ImportPlan plan = new ImportPlan(jdbc);
        plan.plan(context);
        ImportPlan.Counts counts = plan.counts();
        long t2 = System.nanoTime();
        long rejected = jdbc.count("SELECT count(*) FROM imp_error");
        List<ImportRowError> errors = jdbc.list("SELECT record, line, field, message FROM imp_error"
                + " ORDER BY record, line NULLS FIRST, field LIMIT ?", rs -> new ImportRowError(rs.getInt(1),
                (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)), MAX_LISTED_ERRORS);
        if (rejected > 0 && options.allOrNothing()) {
            List<Problem.FieldError> listed = errors.stream().map(e -> new Problem.FieldError("record " + e.record()
                    + (e.line() == null ? "" : " (line " + e.line() + ")") + (e.field() == null ? "" : ": " + e.field()),
                    e.message())).toList();
            throw new Refusal(new ProblemException(ErrorCode.VALIDATION_FAILED, rejected + " row(s) are not valid;"
                    + " nothing was imported." + (rejected > MAX_LISTED_ERRORS ? " The first " + MAX_LISTED_ERRORS
                            + " are listed." : ""), listed, Map.of()), context, counts.titles(), counts.copies());
        }
        Instant now = clock.instant();
        long importId = runs.record(new ImportRuns.Run(context.organisationId(), context.locationId(), format,
                source.sha256(), source.bytes(), options.dryRun(), actor.username(), started, now,
                options.dryRun() ? RunStatus.DRY_RUN : RunStatus.APPLIED, counts.titles(), counts.copies(), null));
        if (!options.dryRun()) {
            plan.apply(actor.username(), now, importId);
            event(context, importId, format, counts, actor);
        }
        long t3 = System.nanoTime();
        LOG.infof("Catalogue import %d (%s, %d rows, %s): read %d ms, plan %d ms, %s %d ms", importId, format,
                stage.rows(), actor.username(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                options.dryRun() ? "dry run" : "apply", (t3 - t2) / 1_000_000);
        return new CatalogueImportResult(importId, options.dryRun(), format, counts.titles(), counts.copies(),
                errors, rejected > errors.size(), notes.list());
    }

    /**
     * One event per import, not one per title or copy (ADR 0012): the outbox feed stays readable after an import of
     * 100,000 copies; a consumer that needs the objects reads them through the API.
     */
    private void event(ImportContext context, long importId, ImportFormat format, ImportPlan.Counts counts,
            Actor actor) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("importId", importId);
        payload.put("format", format.name());
        payload.put("titles", counts.titles());
        payload.put("copies", counts.copies());
        payload.put("by", actor.username());
        events.tenantEvent("CatalogueImported", "IMPORT", importId, context.organisationId(), context.schoolId(),
                payload);
    }

    private Refusal malformed(ImportContext context, String where, String message) {
        return new Refusal(new ProblemException(ErrorCode.IMPORT_FILE_MALFORMED, "The file cannot be read (" + where
                + " " + message + "); nothing was imported.", List.of(new Problem.FieldError(where, message)), Map.of()),
                context, ImportCounts.NONE, ImportCounts.NONE);
    }

    /** The locations the actor may import copies into, their organisation's collections, and the themes. */
    ImportContext context(Actor actor) {
        String filter;
        Object param;
        if (actor.role() == Role.SCHOOL_STAFF) {
            filter = "id = ?";
            param = actor.locationId();
        } else if (actor.role() == Role.INTEGRATION && actor.schoolId() != null) {
            filter = "school_id = ?";
            param = actor.schoolId();
        } else {
            filter = "organisation_id = ?";
            param = actor.organisationId();
        }
        record Place(long id, String code, long organisation, Long school) {
        }
        List<Place> places = param == null ? List.of() : jdbc.list("SELECT id, code, organisation_id, school_id"
                + " FROM location WHERE " + filter, rs -> new Place(rs.getLong(1), rs.getString(2), rs.getLong(3),
                (Long) rs.getObject(4)), param);
        if (places.isEmpty()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "You have no location to import copies into.");
        }
        long organisation = places.get(0).organisation();
        boolean oneLibrary = actor.role() == Role.SCHOOL_STAFF || actor.role() == Role.INTEGRATION
                && actor.schoolId() != null;
        Map<String, Long> locations = new HashMap<>();
        places.forEach(p -> locations.put(p.code(), p.id()));
        Map<String, Long> collections = new HashMap<>();
        jdbc.list("SELECT code, id FROM collection WHERE organisation_id = ?", rs -> collections.put(rs.getString(1),
                rs.getLong(2)), organisation);
        Map<String, Long> byCode = new HashMap<>();
        Map<String, Long> byName = new HashMap<>();
        jdbc.list("SELECT id, code, name_nl FROM theme", rs -> {
            byCode.put(rs.getString(2), rs.getLong(1));
            byName.put(ImportContext.fold(rs.getString(3)), rs.getLong(1));
            return null;
        });
        return new ImportContext(organisation, oneLibrary ? places.get(0).school() : null,
                oneLibrary ? places.get(0).id() : null, locations, collections, byCode, byName);
    }
}
