package nl.schoollibrary.reservations.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nl.schoollibrary.reservations.location.LocationDtos.NewSchoolLibrary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of schools (as administrators keep them) and of a school's reservation policy. */
public final class SchoolDtos {

    /** A BRIN number: two digits, two capitals, optionally two digits (a branch of the school). */
    static final String BRIN = "^[0-9]{2}[A-Z]{2}([0-9]{2})?$";

    private SchoolDtos() {
    }

    @Schema(name = "SchoolPolicy")
    public record SchoolPolicyView(
            @Schema(required = true) long schoolId,
            @Schema(required = true) String schoolName,
            @Schema(description = "Students may reserve in their school library", required = true) boolean reserveAtSchool,
            @Schema(description = "Students may reserve in the branches", required = true) boolean reserveAtBranches,
            @Schema(description = "At school only checked-out copies can be reserved", required = true)
            boolean schoolOnlyCheckedOut,
            @Schema(required = true) int maxActiveReservations,
            @Schema(description = "Pickup period of the school library in open days", required = true) int pickupDays,
            Instant updatedAt,
            String updatedBy) {
    }

    @Schema(name = "UpdateSchoolPolicyRequest")
    public record UpdateSchoolPolicyRequest(
            @Schema(required = true) @NotNull Boolean reserveAtSchool,
            @Schema(required = true) @NotNull Boolean reserveAtBranches,
            @Schema(required = true) @NotNull Boolean schoolOnlyCheckedOut,
            @Schema(required = true) @NotNull @Min(1) @Max(50) Integer maxActiveReservations,
            @Min(1) @Max(60) Integer pickupDays) {
    }

    @Schema(name = "School", description = "A school of a library organisation")
    public record SchoolView(
            @Schema(required = true) long id,
            @Schema(required = true) long organisationId,
            @Schema(example = "12AB", required = true) String brin,
            @Schema(example = "Basisschool De Zon", required = true) String name,
            @Schema(description = "An inactive school's students cannot log in; its library is inactive too",
                    required = true) boolean active,
            @Schema(required = true) StudentUsernameRule studentUsernameRule,
            @Schema(description = "The school library, if the school has one") Long libraryLocationId,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "NewSchool", description = "A new school, with its school library when given (administrators)")
    public record NewSchool(
            @Schema(required = true) @NotNull @Positive Long organisationId,
            @Schema(example = "12AB", pattern = BRIN, required = true) @NotNull @Pattern(regexp = BRIN) String brin,
            @Schema(example = "Basisschool De Zon", minLength = 1, maxLength = 200, required = true) @NotBlank
            @Size(max = 200) String name,
            @Schema(description = "Default FIRST_NAME_LAST_NAME") StudentUsernameRule studentUsernameRule,
            @Valid NewSchoolLibrary library) {
    }

    @Schema(name = "SchoolPatch", description = "Changes to a school; an absent (or null) field stays as it is. School "
            + "staff may change only studentUsernameRule")
    public record SchoolPatch(
            @Schema(minLength = 1, maxLength = 200) @Size(min = 1, max = 200) String name,
            @Schema(description = "false: the school and its library are deactivated together") Boolean active,
            StudentUsernameRule studentUsernameRule) {
    }
}
