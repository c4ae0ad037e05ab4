package nl.schoollibrary.reservations.integration;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model for other school systems: clients, tokens, events, student import. */
public final class IntegrationDtos {

    private IntegrationDtos() {
    }

    public static final Set<String> SCOPES = Set.of("students:write", "reservations:read", "loans:read", "events:read",
            "catalogue:read");

    @Schema(name = "TokenResponse", description = "OAuth 2 client-credentials answer (RFC 6749 field names)")
    public record TokenResponse(
            @JsonProperty("access_token") @Schema(required = true) String accessToken,
            @JsonProperty("token_type") @Schema(example = "Bearer", required = true) String tokenType,
            @JsonProperty("expires_in") @Schema(description = "Seconds", required = true) long expiresIn,
            @Schema(example = "students:write events:read", required = true) String scope) {
    }

    @Schema(name = "IntegrationClient")
    public record ClientView(
            @Schema(required = true) long id,
            @Schema(example = "wegwijzer-sis", required = true) String clientId,
            @Schema(required = true) String name,
            @Schema(required = true) List<String> scopes,
            Long schoolId,
            Long organisationId,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "CreateIntegrationClientRequest")
    public record CreateClientRequest(
            @Schema(example = "wegwijzer-sis", required = true) @NotNull @Pattern(regexp = "[a-z0-9._-]{3,100}") String clientId,
            @Schema(example = "Leerlingadministratie CBS De Wegwijzer", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(required = true) @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 40) String> scopes,
            @Schema(description = "Limit the client to one school (or give organisationId)") @Positive Long schoolId,
            @Schema(description = "Limit the client to one organisation") @Positive Long organisationId) {
    }

    @Schema(name = "IntegrationClientSecret", description = "The secret is shown once; store it safely")
    public record ClientSecret(@Schema(required = true) ClientView client, @Schema(required = true) String clientSecret) {
    }

    @Schema(name = "DomainEvent")
    public record EventView(
            @Schema(description = "Cursor: pass as ?after= to continue after this event", required = true) long id,
            @Schema(required = true) Instant occurredAt,
            @Schema(example = "ReservationReady", required = true) String type,
            @Schema(example = "RESERVATION", required = true) String aggregateType,
            @Schema(required = true) long aggregateId,
            Long schoolId,
            @Schema(required = true) Map<String, Object> payload) {
    }

    @Schema(name = "EventFeed")
    public record EventFeed(
            @Schema(required = true) List<EventView> items,
            @Schema(description = "The cursor to continue from (the last id, or the one given when empty)", required = true)
            long next,
            @Schema(description = "More events are available right now", required = true) boolean more) {
    }

    @Schema(name = "StudentImportRow")
    public record StudentRow(
            @Schema(example = "2024-0137", required = true) @NotBlank @Size(max = 40) String studentNumber,
            @Schema(example = "Sanne") @Size(max = 100) String firstName,
            @Schema(example = "de Vries", required = true) @NotBlank @Size(max = 150) String lastName,
            @Schema(example = "groep 6") @Size(max = 40) String groupName,
            @Schema(description = "Default true; false deactivates the student") Boolean active,
            @Schema(description = "School–library link; only with a consent record (AVG)") Boolean libraryLink,
            @Schema(description = "Who gave parental consent", example = "ouder/verzorger via schooladministratie")
            @Size(max = 200) String consentBy,
            @Schema(description = "When consent was given") Instant consentAt) {
    }

    @Schema(name = "StudentImportRequest")
    public record ImportRequest(
            @Schema(description = "Required for a client of a whole organisation") @Positive Long schoolId,
            @Schema(description = "Report what would change, change nothing") Boolean dryRun,
            @Schema(description = "Deactivate active students of the school that are not in this import") Boolean deactivateMissing,
            @Schema(description = "Default true: one bad row rejects the whole import") Boolean allOrNothing,
            @Schema(required = true) @NotNull @Size(max = 50000) List<@Valid StudentRow> students) {
    }

    @Schema(name = "ImportRowError")
    public record RowError(@Schema(description = "1-based line (CSV: including the header)", required = true) int line,
            @Schema(required = true) String field, @Schema(required = true) String message) {
    }

    @Schema(name = "StudentImportResult")
    public record ImportResult(
            @Schema(required = true) boolean dryRun,
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(required = true) int deactivated,
            @Schema(description = "Rows rejected (only when allOrNothing is false)", required = true) List<RowError> rejected) {
    }
}
