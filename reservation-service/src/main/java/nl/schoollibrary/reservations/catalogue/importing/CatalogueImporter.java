package nl.schoollibrary.reservations.catalogue.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.CatalogueImportResult;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportFormat;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.ImportRun;
import nl.schoollibrary.reservations.catalogue.importing.CatalogueImportDtos.RunStatus;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * The bulk import of titles with their copies (issue 19, ADR 0012): CSV, JSON, MARC 21 or MARCXML, streamed into
 * temporary tables, checked with the catalogue's field rules, planned and applied set-based ({@link ImportPipeline},
 * {@link ImportPlan}). Every import is recorded ({@link ImportRuns}), a refused one too.
 */
@ApplicationScoped
public class CatalogueImporter {

    /** How the import runs (the request's options). */
    public record Options(boolean dryRun, boolean allOrNothing, MarcMapping.Holdings holdings) {
    }

    @Inject ImportPipeline pipeline;
    @Inject ImportRuns runs;
    @Inject Clock clock;

    /** The format a Content-Type names. */
    static ImportFormat format(MediaType type) {
        if (type == null) {
            throw new ProblemException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The file has no Content-Type.");
        }
        String name = type.getType() + "/" + type.getSubtype();
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "text/csv" -> ImportFormat.CSV;
            case "application/json" -> ImportFormat.JSON;
            case CatalogueImportResource.MARC -> ImportFormat.MARC;
            case CatalogueImportResource.MARCXML -> ImportFormat.MARCXML;
            default -> throw new ProblemException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "A catalogue import takes text/csv,"
                    + " application/json, application/marc or application/marcxml+xml.");
        };
    }

    public CatalogueImportResult run(Actor actor, ImportFormat format, Options options, InputStream body) {
        Instant started = clock.instant();
        HashingSource source = new HashingSource(body);
        try {
            return pipeline.run(actor, format, options, source, started);
        } catch (ImportPipeline.Refusal refusal) {
            String sha;
            try {
                sha = source.sha256();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            runs.recordRefused(new ImportRuns.Run(refusal.context.organisationId(), refusal.context.locationId(),
                    format, sha, source.bytes(), options.dryRun(), actor.username(), started, clock.instant(),
                    RunStatus.REFUSED, refusal.titles, refusal.copies, refusal.problem.code().name()));
            throw refusal.problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Page<ImportRun> runs(Actor actor, int page, int size) {
        return runs.list(actor, page, size);
    }

    /** The request body, counted and hashed as it is read. */
    private static final class HashingSource implements ImportPipeline.Source {
        private final MessageDigest digest;
        private final InputStream stream;
        private long bytes;

        HashingSource(InputStream body) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            stream = new FilterInputStream(new DigestInputStream(body, digest)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    bytes += b < 0 ? 0 : 1;
                    return b;
                }

                @Override
                public int read(byte[] target, int offset, int length) throws IOException {
                    int n = super.read(target, offset, length);
                    bytes += Math.max(n, 0);
                    return n;
                }

                @Override
                public void close() {
                    // the readers close what they read; the rest is still drained for the hash
                }
            };
        }

        @Override
        public InputStream stream() {
            return stream;
        }

        @Override
        public String sha256() throws IOException {
            stream.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public long bytes() {
            return bytes;
        }
    }
}
