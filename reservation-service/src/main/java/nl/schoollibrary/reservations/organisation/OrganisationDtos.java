package nl.schoollibrary.reservations.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API model of library organisations, which administrators create, rename and deactivate. */
public final class OrganisationDtos {

    /** An organisation code: capitals, digits and dashes, unique across the installation. */
    static final String CODE = "^[A-Z0-9-]{2,32}$";

    private OrganisationDtos() {
    }

    @Schema(name = "Organisation", description = "A library organisation (bibliotheekorganisatie)")
    public record OrganisationView(
            @Schema(required = true) long id,
            @Schema(example = "BRL", required = true) String code,
            @Schema(example = "Bibliotheek Rivierenland", required = true) String name,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "NewOrganisation")
    public record NewOrganisation(
            @Schema(example = "BRL", pattern = CODE, required = true) @NotNull @Pattern(regexp = CODE) String code,
            @Schema(example = "Bibliotheek Rivierenland", minLength = 1, maxLength = 200, required = true) @NotBlank
            @Size(max = 200) String name) {
    }

    @Schema(name = "OrganisationPatch", description = "Changes to an organisation; an absent (or null) field stays as "
            + "it is")
    public record OrganisationPatch(
            @Schema(minLength = 1, maxLength = 200) @Size(min = 1, max = 200) String name,
            Boolean active) {
    }
}
