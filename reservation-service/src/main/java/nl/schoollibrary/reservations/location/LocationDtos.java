package nl.schoollibrary.reservations.location;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API model of locations: as the public list shows them, and as an administrator creates and changes them. The
 * field rules are in the schemas (bean validation) and, where they span fields, in {@link LocationRules}.
 */
public final class LocationDtos {

    /** A location code: capitals, digits and dashes, unique across the installation. */
    public static final String CODE = "^[A-Z0-9-]{2,32}$";
    /** A time of day as "HH:mm". */
    public static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    private LocationDtos() {
    }

    @Schema(name = "Location", description = "A library branch or a school library")
    public record Location(
            @Schema(required = true) long id,
            @Schema(example = "BRL-CENTRUM", required = true) String code,
            @Schema(example = "Vestiging Centrum", required = true) String name,
            @Schema(required = true) LocationKind kind,
            @Schema(description = "The school, for a school library") Long schoolId,
            @Schema(required = true) long organisationId,
            @Schema(description = "An inactive location is no pickup choice; only staff see it, with "
                    + "includeInactive=true", required = true) boolean active,
            @Schema(example = "Stationsplein 1") String address,
            @Schema(example = "1234 AB") String postalCode,
            String city,
            @Schema(description = "Days a ready reservation waits on the hold shelf", required = true) int pickupDays,
            @Schema(description = "Loan period in days", required = true) int loanDays,
            @Schema(required = true) List<OpeningHours> openingHours,
            @Schema(description = "Closed periods from today on", required = true) List<ClosedPeriod> closedPeriods) {
    }

    @Schema(name = "OpeningHours", description = "The hours of one weekday; a weekday without hours is a closed day")
    public record OpeningHours(
            @Schema(description = "ISO weekday, 1 = Monday", minimum = "1", maximum = "7", required = true)
            @NotNull @Min(1) @Max(7) Integer weekday,
            @Schema(example = "08:30", pattern = TIME, required = true) @NotNull @Pattern(regexp = TIME) String opens,
            @Schema(example = "16:00", pattern = TIME, required = true) @NotNull @Pattern(regexp = TIME) String closes) {
    }

    @Schema(name = "ClosedPeriod")
    public record ClosedPeriod(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(example = "Kerstvakantie", required = true) String reason) {
    }

    @Schema(name = "NewLocation", description = "A new branch or school library (administrators)")
    public record NewLocation(
            @Schema(required = true) @NotNull @Positive Long organisationId,
            @Schema(required = true) @NotNull LocationKind kind,
            @Schema(description = "The school (of the same organisation), for a school library only") @Positive
            Long schoolId,
            @Schema(example = "BRL-NOORD", pattern = CODE, required = true) @NotNull @Pattern(regexp = CODE) String code,
            @Schema(example = "Vestiging Noord", minLength = 1, maxLength = 200, required = true) @NotBlank
            @Size(max = 200) String name,
            @Schema(maxLength = 200) @Size(max = 200) String address,
            @Schema(maxLength = 10, example = "1234 AB") @Size(max = 10) String postalCode,
            @Schema(maxLength = 100) @Size(max = 100) String city,
            @Schema(description = "Default 7", minimum = "1", maximum = "60") @Min(1) @Max(60) Integer pickupDays,
            @Schema(description = "Default 21", minimum = "1", maximum = "120") @Min(1) @Max(120) Integer loanDays,
            @Schema(description = "At most one per weekday; none: open every day") @Size(max = 7)
            List<@Valid @NotNull OpeningHours> openingHours) {
    }

    @Schema(name = "NewSchoolLibrary", description = "The school library created with a new school")
    public record NewSchoolLibrary(
            @Schema(example = "BRL-SB-ZON", pattern = CODE, required = true) @NotNull @Pattern(regexp = CODE)
            String code,
            @Schema(example = "Schoolbibliotheek De Zon", minLength = 1, maxLength = 200, required = true) @NotBlank
            @Size(max = 200) String name,
            @Schema(maxLength = 200) @Size(max = 200) String address,
            @Schema(maxLength = 10, example = "1234 AB") @Size(max = 10) String postalCode,
            @Schema(maxLength = 100) @Size(max = 100) String city,
            @Schema(description = "Default 7", minimum = "1", maximum = "60") @Min(1) @Max(60) Integer pickupDays,
            @Schema(description = "Default 21", minimum = "1", maximum = "120") @Min(1) @Max(120) Integer loanDays,
            @Schema(description = "At most one per weekday; none: open every day") @Size(max = 7)
            List<@Valid @NotNull OpeningHours> openingHours) {
    }

    @Schema(name = "LocationPatch", description = "Changes to a location; an absent (or null) field stays as it is")
    public record LocationPatch(
            @Schema(minLength = 1, maxLength = 200) @Size(min = 1, max = 200) String name,
            @Schema(maxLength = 200) @Size(max = 200) String address,
            @Schema(maxLength = 10, example = "1234 AB") @Size(max = 10) String postalCode,
            @Schema(maxLength = 100) @Size(max = 100) String city,
            @Schema(minimum = "1", maximum = "60") @Min(1) @Max(60) Integer pickupDays,
            @Schema(minimum = "1", maximum = "120") @Min(1) @Max(120) Integer loanDays,
            @Schema(description = "false: no pickup choice any more (refused while reservations are ready or on "
                    + "their way there)") Boolean active) {
    }
}
