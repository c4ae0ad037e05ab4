package nl.schoollibrary.reservations.catalogue.importing;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the catalogue import (issue 19) and the documented shape of its JSON file. */
public final class CatalogueImportDtos {

    private CatalogueImportDtos() {
    }

    /** The kind of file, given by the request's Content-Type. */
    @Schema(name = "CatalogueImportFormat", description = "CSV (text/csv), JSON (application/json), MARC (ISO 2709,"
            + " application/marc), MARCXML (application/marcxml+xml)")
    public enum ImportFormat { CSV, JSON, MARC, MARCXML }

    /** What became of an import. */
    @Schema(name = "ImportRunStatus", description = "RUNNING (not finished), APPLIED, DRY_RUN (reported, nothing"
            + " changed), REFUSED (rejected rows with allOrNothing, or a malformed file: nothing changed)")
    public enum RunStatus { RUNNING, APPLIED, DRY_RUN, REFUSED }

    @Schema(name = "ImportCounts", description = "What an import did (or, in a dry run, would do) with one kind of"
            + " object")
    public record ImportCounts(
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(description = "Titles or copies of rejected rows", required = true) int rejected) {

        public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);
    }

    @Schema(name = "CatalogueImportRowError", description = "A rejected row (CSV line, JSON title or copy, MARC"
            + " record or holding)")
    public record ImportRowError(
            @Schema(description = "1-based record number: the CSV data row (the header not counted), the position of"
                    + " the title in the JSON file's titles, the MARC record", required = true) int record,
            @Schema(description = "The line in the file (CSV: the header is line 1; JSON: where the title starts)")
            Integer line,
            @Schema(description = "The column or field (absent: the row as a whole)", example = "isbn") String field,
            @Schema(required = true, example = "has a wrong check digit") String message) {
    }

    @Schema(name = "CatalogueImportResult")
    public record CatalogueImportResult(
            @Schema(description = "The import_run that records this import", required = true) long importId,
            @Schema(required = true) boolean dryRun,
            @Schema(required = true) ImportFormat format,
            @Schema(required = true) ImportCounts titles,
            @Schema(required = true) ImportCounts copies,
            @Schema(description = "Rejected rows (with allOrNothing=false; with allOrNothing any rejected row refuses"
                    + " the import with 400 VALIDATION_FAILED instead), in file order", required = true)
            List<ImportRowError> errors,
            @Schema(description = "More rows were rejected than errors lists", required = true) boolean errorsTruncated,
            @Schema(description = "Things worth knowing that rejected nothing (e.g. MARC subjects without a matching"
                    + " theme, which are ignored)", required = true) List<String> notes) {
    }

    @Schema(name = "ImportRun", description = "One catalogue import, applied, dry run or refused")
    public record ImportRun(
            @Schema(required = true) long id,
            @Schema(required = true) ImportFormat format,
            @Schema(description = "SHA-256 of the file (hex)", required = true) String fileSha256,
            @Schema(required = true) long fileBytes,
            @Schema(required = true) boolean dryRun,
            @Schema(required = true) RunStatus status,
            @Schema(description = "Username of the staff member or client id", required = true) String startedBy,
            @Schema(required = true) Instant startedAt,
            Instant finishedAt,
            @Schema(required = true) ImportCounts titles,
            @Schema(required = true) ImportCounts copies) {
    }

    /** The JSON file: titles with their copies (read streamed; this record documents the shape). */
    @Schema(name = "CatalogueImportFile")
    public record ImportFile(@Schema(required = true) List<ImportTitle> titles) {
    }

    @Schema(name = "CatalogueImportTitle", description = "A title and its copies. A field left out leaves the value"
            + " of an existing title unchanged; null clears an optional field. isbn or recordId is required.")
    public record ImportTitle(
            @Schema(example = "9789021680161") String isbn,
            @Schema(example = "PPN123456789") String recordId,
            @Schema(description = "Required for a new title") String title,
            String subtitle,
            @Schema(description = "Several separated by \"; \"") String authors,
            String series,
            Integer seriesNumber,
            String publisher,
            Integer publicationYear,
            @Schema(example = "nl") String language,
            @Schema(description = "AVI level", example = "M5") String readingLevel,
            @Schema(enumeration = {"0-4", "4-6", "6-9", "9-12", "12-15"}) String ageGroup,
            @Schema(description = "Theme codes (replace the title's themes)") List<String> themes,
            String description,
            String coverUrl,
            List<ImportCopy> copies) {
    }

    @Schema(name = "CatalogueImportCopy", description = "A copy by its barcode: new, or changed (a new location is a"
            + " move). Left out: unchanged; collection null: out of its collection.")
    public record ImportCopy(
            @Schema(required = true, example = "301000000123") String barcode,
            @Schema(description = "Location code (required for a new copy)", example = "BRL-CENTRUM") String location,
            @Schema(description = "Required for a new copy", example = "SCHM") String shelfMark,
            @Schema(description = "Collection code of the location's organisation", example = "KBW-2026")
            String collection) {
    }
}
