package nl.schoollibrary.reservations.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import nl.schoollibrary.reservations.catalogue.CatalogueDtos.ThemeRef;
import nl.schoollibrary.reservations.common.FreeText;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API model of catalogue intake (issue 19): titles and themes created and changed by staff and integration
 * clients, copies added, changed, moved and withdrawn. The field rules are {@link CatalogueFields}; the schemas name
 * them so a client can check before it sends.
 */
public final class CatalogueWriteDtos {

    /** The age groups as a pattern for request schemas (not an enum: its values have no letter case to vary). */
    static final String AGE_GROUP = "^(0-4|4-6|6-9|9-12|12-15)$";

    private CatalogueWriteDtos() {
    }

    @Schema(name = "CatalogueCopy", description = "A copy as the staff view of a title shows it (withdrawn ones too)")
    public record CatalogueCopy(
            @Schema(example = "310000000123", required = true) String barcode,
            @Schema(required = true) LocationRef ownerLocation,
            @Schema(required = true) LocationRef currentLocation,
            @Schema(example = "AVI-E4 LOON", required = true) String shelfMark,
            @Schema(example = "KBW-2026") String collectionCode,
            @Schema(required = true) CopyStatus status,
            Instant withdrawnAt,
            String withdrawnReason) {
    }

    @Schema(name = "CatalogueTitle", description = "The staff view of a title: every catalogue field, and the copies "
            + "in your scope (withdrawn ones included)")
    public record CatalogueTitle(
            @Schema(required = true) long id,
            @Schema(example = "9789025850123") String isbn,
            @Schema(description = "The library's own record id (titles without ISBN have only this)",
                    example = "PPN123456789") String recordId,
            @Schema(example = "Dolfje Weerwolfje", required = true) String title,
            String subtitle,
            @Schema(description = "Authors, several separated by \"; \"", example = "Paul van Loon", required = true)
            String authors,
            String series,
            Integer seriesNumber,
            String publisher,
            Integer publicationYear,
            @Schema(description = "ISO 639 code", example = "nl") String language,
            @Schema(description = "AVI reading level", example = "E4") String readingLevel,
            @Schema(enumeration = {"0-4", "4-6", "6-9", "9-12", "12-15"}) String ageGroup,
            @Schema(required = true) List<ThemeRef> themes,
            String description,
            String coverUrl,
            @Schema(required = true) List<CatalogueCopy> copies) {
    }

    @Schema(name = "NewCopyOfTitle", description = "A copy that arrives with a new title")
    public record NewCopyOfTitle(
            @Schema(description = "4 to 20 digits or capital letters (trimmed, upper-cased)", pattern = "^[0-9A-Z]{4,20}$",
                    example = "310000000123", required = true) String barcode,
            @Schema(description = "The owner location (in your scope)", required = true) @Positive Long locationId,
            @Schema(minLength = 1, maxLength = 60, example = "AVI-E4 LOON", required = true) String shelfMark,
            @Schema(description = "A collection of the location's organisation", example = "KBW-2026")
            String collectionCode) {
    }

    @Schema(name = "NewCopy", description = "A new copy of an existing title")
    public record NewCopy(
            @Schema(required = true) @Positive Long titleId,
            @Schema(description = "4 to 20 digits or capital letters (trimmed, upper-cased)", pattern = "^[0-9A-Z]{4,20}$",
                    example = "310000000123", required = true) String barcode,
            @Schema(description = "The owner location (in your scope)", required = true) @Positive Long locationId,
            @Schema(minLength = 1, maxLength = 60, example = "AVI-E4 LOON", required = true) String shelfMark,
            @Schema(description = "A collection of the location's organisation", example = "KBW-2026")
            String collectionCode) {
    }

    @Schema(name = "TitleInput", description = "A new title, optionally with its copies (all or nothing). It needs an "
            + "isbn or a recordId (or both).")
    public record TitleInput(
            @Schema(description = "ISBN-13 (or ISBN-10, stored as ISBN-13); hyphens and spaces allowed",
                    example = "978-90-258-5012-3") String isbn,
            @Schema(pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}$", example = "PPN123456789") String recordId,
            @Schema(maxLength = 300, example = "Dolfje Weerwolfje", required = true) String title,
            @Schema(maxLength = 300) String subtitle,
            @Schema(description = "Several separated by \"; \"; empty text for none", maxLength = 300,
                    example = "Paul van Loon", required = true) String authors,
            @Schema(maxLength = 200) String series,
            @Schema(minimum = "1") Integer seriesNumber,
            @Schema(maxLength = 200) String publisher,
            @Schema(minimum = "1500", maximum = "2100") Integer publicationYear,
            @Schema(description = "ISO 639 code (MARC codes such as dut, eng, fry are mapped)", example = "nl")
            String language,
            @Schema(description = "AVI reading level", maxLength = 10, example = "E4") String readingLevel,
            @Schema(description = "One of 0-4, 4-6, 6-9, 9-12, 12-15, or none", pattern = AGE_GROUP) String ageGroup,
            @Schema(description = "Theme codes that exist") List<String> themes,
            @FreeText @Schema(maxLength = 10_000) String description,
            @Schema(description = "http(s) URL", maxLength = 500) String coverUrl,
            List<@Valid NewCopyOfTitle> copies) {
    }

    /**
     * The body of {@code PATCH /api/titles/{id}}: every field optional. The use case reads the body as JSON to tell
     * an absent field (unchanged) from {@code null} (cleared); this record only describes it in the contract.
     */
    @Schema(name = "TitlePatch", description = "Changes of a title: an absent field stays as it is, null clears an "
            + "optional field (null for title, authors, or the last of isbn/recordId is refused)")
    public record TitlePatch(
            @Schema(nullable = true) String isbn,
            @Schema(nullable = true, pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}$") String recordId,
            @Schema(maxLength = 300) String title,
            @Schema(nullable = true, maxLength = 300) String subtitle,
            @Schema(maxLength = 300) String authors,
            @Schema(nullable = true, maxLength = 200) String series,
            @Schema(nullable = true, minimum = "1") Integer seriesNumber,
            @Schema(nullable = true, maxLength = 200) String publisher,
            @Schema(nullable = true, minimum = "1500", maximum = "2100") Integer publicationYear,
            @Schema(nullable = true) String language,
            @Schema(nullable = true, maxLength = 10) String readingLevel,
            @Schema(description = "One of 0-4, 4-6, 6-9, 9-12, 12-15; null for none", nullable = true, pattern = AGE_GROUP)
            String ageGroup,
            @Schema(description = "The complete list of theme codes (replaces the old list)", nullable = true)
            List<String> themes,
            @Schema(nullable = true, maxLength = 10_000) String description,
            @Schema(nullable = true, maxLength = 500) String coverUrl) {
    }

    /** The body of {@code PATCH /api/copies/{barcode}}, described for the contract (read as JSON, like a title patch). */
    @Schema(name = "CopyPatch", description = "Changes of a copy: an absent field stays as it is; collectionCode null "
            + "takes the copy out of its collection")
    public record CopyPatch(
            @Schema(minLength = 1, maxLength = 60) String shelfMark,
            @Schema(nullable = true, example = "KBW-2026") String collectionCode) {
    }

    @Schema(name = "MoveCopyRequest", description = "Move a copy to another owner location (keeps its blocks); an "
            + "absent shelf mark or collection stays as it is")
    public record MoveCopyRequest(
            @Schema(description = "The new owner location (in your scope)", required = true) @Positive Long locationId,
            @Schema(minLength = 1, maxLength = 60) String shelfMark,
            @Schema(example = "KBW-2026") String collectionCode) {
    }

    @Schema(name = "WithdrawCopyRequest", description = "Withdraw a copy (afschrijven): it stays as history")
    public record WithdrawCopyRequest(
            @FreeText @Schema(minLength = 1, maxLength = 300, example = "Beschadigd", required = true) String reason) {
    }

    @Schema(name = "NewTheme", description = "A theme for browsing")
    public record NewTheme(
            @Schema(pattern = "^[a-z0-9-]{2,40}$", example = "griezelen", required = true) String code,
            @Schema(maxLength = 100, example = "Griezelen", required = true) String nameNl,
            @Schema(maxLength = 100, example = "Spooky", required = true) String nameEn) {
    }

    @Schema(name = "ThemePatch", description = "New names of a theme; an absent name stays as it is")
    public record ThemePatch(
            @Schema(maxLength = 100, example = "Griezelen") String nameNl,
            @Schema(maxLength = 100, example = "Spooky") String nameEn) {
    }
}
