package nl.schoollibrary.reservations.auth;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginResponse")
public record LoginResponse(
        @Schema(description = "RS256-signed JWT access token", required = true) String accessToken,
        @Schema(example = "Bearer", required = true) String tokenType,
        @Schema(description = "When the token stops being accepted", required = true) Instant expiresAt,
        @Schema(description = "Buys the next access token once (POST /api/auth/refresh), which comes with the next "
                + "refresh token; keep it out of reach of other sites", required = true) String refreshToken,
        @Schema(description = "The session ends when it is not refreshed for this many seconds", required = true)
        long idleTimeoutSeconds,
        @Schema(description = "When the session ends, however busy", required = true) Instant sessionExpiresAt,
        @Schema(required = true) UserSummary user) {

    @Schema(name = "UserSummary")
    public record UserSummary(
            @Schema(required = true) long id,
            @Schema(example = "sanne", required = true) String username,
            @Schema(example = "Sanne de Vries", required = true) String displayName,
            @Schema(required = true) Role role,
            Long schoolId,
            Long organisationId,
            Long locationId,
            @Schema(description = "Logged in with a temporary password or start code: until POST /api/me/password "
                    + "changes it, every other request is refused (PASSWORD_CHANGE_REQUIRED)", required = true)
            boolean mustChangePassword,
            @Schema(description = "A student's saved language (PUT /api/me/language), which the portal switches to at "
                    + "login; absent for staff", enumeration = {"nl", "en"}) String language) {
    }
}
