package nl.schoollibrary.reservations.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @Schema(example = "sanne", required = true) @NotBlank @Size(max = 100) String username,
        @Schema(example = "demo1234", required = true) @NotBlank @Size(max = 200) String password) {
}
