package nl.schoollibrary.reservations.catalogue;

import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationOptions;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue's API model. */
public final class CatalogueDtos {

    private CatalogueDtos() {
    }

    @Schema(name = "ThemeRef", description = "A theme a title belongs to")
    public record ThemeRef(
            @Schema(example = "griezelen", required = true) String code,
            @Schema(example = "Griezelen", required = true) String nameNl,
            @Schema(example = "Spooky", required = true) String nameEn) {
    }

    @Schema(name = "Theme", description = "A theme for browsing (snuffelcatalogus)")
    public record Theme(
            @Schema(example = "griezelen", required = true) String code,
            @Schema(example = "Griezelen", required = true) String nameNl,
            @Schema(example = "Spooky", required = true) String nameEn,
            @Schema(description = "Number of titles with this theme", required = true) long titleCount,
            @Schema(description = "A few titles of the theme, for covers", required = true) List<Long> sampleTitleIds) {
    }

    @Schema(name = "TitleSummary", description = "A title in a result list")
    public record TitleSummary(
            @Schema(required = true) long id,
            @Schema(description = "Absent for a title known only by the library's record id", example = "9789025850123")
            String isbn,
            @Schema(example = "Dolfje Weerwolfje", required = true) String title,
            String subtitle,
            @Schema(description = "Authors, several separated by \"; \"", example = "Paul van Loon", required = true) String authors,
            @Schema(example = "1995") Integer publicationYear,
            @Schema(example = "Dolfje Weerwolfje") String series,
            Integer seriesNumber,
            @Schema(description = "Absent when the catalogue record has no target audience",
                    enumeration = {"0-4", "4-6", "6-9", "9-12", "12-15"}, example = "6-9") String ageGroup,
            @Schema(description = "AVI reading level", example = "E4") String readingLevel,
            String coverUrl,
            @Schema(required = true) List<ThemeRef> themes,
            @Schema(description = "Copies in the whole catalogue", required = true) int copiesTotal,
            @Schema(description = "Copies on the shelf now", required = true) int copiesOnShelf) {
    }

    @Schema(name = "TitleAvailability", description = "Availability of a title at one location")
    public record Availability(
            @Schema(required = true) long locationId,
            @Schema(example = "Vestiging Centrum", required = true) String locationName,
            @Schema(required = true) LocationKind locationKind,
            @Schema(required = true) int total,
            @Schema(required = true) int onShelf,
            @Schema(required = true) int onLoan,
            @Schema(description = "On the hold shelf, in transit or missing", required = true) int unavailable,
            @Schema(description = "Earliest due date of a copy on loan here") LocalDate nextDueDate) {
    }

    @Schema(name = "CopySummary", description = "One copy of a title")
    public record CopySummary(
            @Schema(example = "310000000123", required = true) String barcode,
            @Schema(required = true) long locationId,
            @Schema(required = true) String locationName,
            @Schema(example = "AVI-E4 LOON", required = true) String shelfMark,
            @Schema(required = true) CopyStatus status,
            @Schema(description = "Due date when on loan") LocalDate dueDate,
            @Schema(example = "KBW-2026") String collectionCode) {
    }

    @Schema(name = "TitleDetail", description = "A title with its availability per location and its copies")
    public record TitleDetail(
            @Schema(required = true) long id,
            @Schema(description = "Absent for a title known only by the library's record id") String isbn,
            @Schema(required = true) String title,
            String subtitle,
            @Schema(required = true) String authors,
            Integer publicationYear,
            String series,
            Integer seriesNumber,
            @Schema(description = "Absent when the catalogue record has no target audience",
                    enumeration = {"0-4", "4-6", "6-9", "9-12", "12-15"}) String ageGroup,
            String readingLevel,
            String coverUrl,
            String description,
            @Schema(required = true) List<ThemeRef> themes,
            @Schema(required = true) int copiesTotal,
            @Schema(required = true) int copiesOnShelf,
            @Schema(required = true) List<Availability> availability,
            @Schema(required = true) List<CopySummary> copies,
            @Schema(description = "For a logged-in student: per pickup option whether reserving is allowed and if "
                    + "not why (the same rules as placing). Absent for others.")
            ReservationOptions reservationOptions) {

        public TitleDetail withReservationOptions(
                ReservationOptions options) {
            return new TitleDetail(id, isbn, title, subtitle, authors, publicationYear, series, seriesNumber, ageGroup,
                    readingLevel, coverUrl, description, themes, copiesTotal, copiesOnShelf, availability, copies, options);
        }
    }

    @Schema(name = "ShelfEntry", description = "A title on the shelf of a location, in shelf-mark order")
    public record ShelfEntry(
            @Schema(example = "AVI-E4 LOON", required = true) String shelfMark,
            @Schema(description = "Copies of this title with this shelf mark at the location", required = true) int copies,
            @Schema(description = "Of which on the shelf now", required = true) int onShelf,
            @Schema(required = true) TitleSummary title) {
    }

}
