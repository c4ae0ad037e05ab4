package nl.schoollibrary.reservations.catalogue.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportCounts;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportFormat;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportRun;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.RunStatus;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.database.Jdbc;

/** The record of every catalogue import ({@code import_run}): who, when, which file, what it did. */
@ApplicationScoped
public class ImportRuns {

    /** What is recorded of one import. */
    record Run(long organisationId, Long locationId, ImportFormat format, String sha256, long bytes, boolean dryRun,
            String by, Instant startedAt, Instant finishedAt, RunStatus status, ImportCounts titles,
            ImportCounts copies, String refusal) {
    }

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;

    /** Records an import in the running transaction (applied or dry run); answers its id. */
    long record(Run run) {
        return jdbc.one("""
                INSERT INTO import_run (kind, organisation_id, location_id, format, file_sha256, file_bytes, dry_run,
                                        started_by, started_at, finished_at, status, summary)
                VALUES ('CATALOGUE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id""", rs -> rs.getLong(1),
                run.organisationId(), run.locationId(), run.format(), run.sha256(), run.bytes(), run.dryRun(),
                run.by(), run.startedAt(), run.finishedAt(), run.status(), summary(run)).orElseThrow();
    }

    /** Records a refused import in a transaction of its own (the import's own rolls back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long recordRefused(Run run) {
        return record(run);
    }

    private String summary(Run run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("titles", run.titles());
        summary.put("copies", run.copies());
        if (run.refusal() != null) {
            summary.put("refusal", run.refusal());
        }
        try {
            return mapper.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The imports of the actor's organisation (school staff and school clients: their school library's), newest first. */
    Page<ImportRun> list(Actor actor, int page, int size) {
        String filter;
        Object param;
        if (actor.role() == Role.SCHOOL_STAFF) {
            filter = "r.location_id = ?";
            param = actor.locationId();
        } else if (actor.role() == Role.INTEGRATION && actor.schoolId() != null) {
            filter = "r.location_id = (SELECT id FROM location WHERE school_id = ?)";
            param = actor.schoolId();
        } else {
            filter = "r.organisation_id = ?";
            param = actor.organisationId();
        }
        long total = jdbc.count("SELECT count(*) FROM import_run r WHERE r.kind = 'CATALOGUE' AND " + filter, param);
        List<ImportRun> items = jdbc.list("SELECT r.id, r.format, r.file_sha256, r.file_bytes, r.dry_run, r.status,"
                + " r.started_by, r.started_at, r.finished_at, r.summary::text FROM import_run r"
                + " WHERE r.kind = 'CATALOGUE' AND " + filter + " ORDER BY r.id DESC LIMIT ? OFFSET ?", rs -> {
                    JsonNode summary = read(rs.getString(10));
                    return new ImportRun(rs.getLong(1), ImportFormat.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getLong(4), rs.getBoolean(5), RunStatus.valueOf(rs.getString(6)), rs.getString(7),
                            rs.getTimestamp(8).toInstant(), rs.getTimestamp(9) == null ? null
                                    : rs.getTimestamp(9).toInstant(), counts(summary.get("titles")),
                            counts(summary.get("copies")));
                }, param, size, (long) page * size);
        return new Page<>(items, page, size, total);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportCounts counts(JsonNode node) {
        if (node == null || !node.isObject()) {
            return ImportCounts.NONE;
        }
        return new ImportCounts(node.path("created").asInt(), node.path("updated").asInt(),
                node.path("unchanged").asInt(), node.path("rejected").asInt());
    }
}
