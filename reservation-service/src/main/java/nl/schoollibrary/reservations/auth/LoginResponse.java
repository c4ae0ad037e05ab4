package nl.schoollibrary.reservations.auth;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginResponse")
public record LoginResponse(
        @Schema(description = "RS256-signed JWT access token", required = true) String accessToken,
        @Schema(example = "Bearer", required = true) String tokenType,
        @Schema(description = "When the token stops being accepted", required = true) Instant expiresAt,
        @Schema(required = true) UserSummary user) {

    @Schema(name = "UserSummary")
    public record UserSummary(
            @Schema(required = true) long id,
            @Schema(example = "sanne", required = true) String username,
            @Schema(example = "Sanne de Vries", required = true) String displayName,
            @Schema(required = true) Role role,
            Long schoolId,
            Long organisationId,
            Long locationId) {
    }
}
