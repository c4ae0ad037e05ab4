package nl.schoollibrary.reservations.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefreshRequest")
public record RefreshRequest(
        @Schema(description = "The refresh token of the last login or refresh", required = true)
        @NotBlank @Size(max = 200) String refreshToken) {
}
