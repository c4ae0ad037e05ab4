package nl.schoollibrary.reservations.school;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of a school's reservation policy. */
public final class SchoolDtos {

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
}
