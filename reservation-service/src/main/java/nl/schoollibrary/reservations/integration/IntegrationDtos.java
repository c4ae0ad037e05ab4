package nl.schoollibrary.reservations.integration;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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
            "catalogue:read", "catalogue:write");

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

    /** The constraints here document the contract; {@link StudentRows} checks them, for CSV and JSON rows alike. */
    @Schema(name = "StudentImportRow", description = "A field left out (or null) leaves the student's value unchanged;"
            + " an empty firstName or groupName clears it. A new student needs lastName.")
    public record StudentRow(
            @Schema(example = "2024-0137", required = true) @NotBlank @Size(max = StudentRows.STUDENT_NUMBER_MAX)
            String studentNumber,
            @Schema(example = "Sanne", description = "Left out: unchanged; empty: cleared")
            @Size(max = StudentRows.FIRST_NAME_MAX) String firstName,
            @Schema(example = "de Vries", description = "Required for a new student; left out: unchanged; never empty")
            @Size(max = StudentRows.LAST_NAME_MAX) String lastName,
            @Schema(example = "groep 6", description = "Left out: unchanged; empty: cleared")
            @Size(max = StudentRows.GROUP_NAME_MAX) String groupName,
            @Schema(description = "false deactivates, true (re)activates; left out: unchanged (a new student is active)")
            Boolean active,
            @Schema(description = "School–library link, changed only together with its consent (AVG): true needs consentBy"
                    + " and consentAt, false withdraws it; left out: link and consent unchanged") Boolean libraryLink,
            @Schema(description = "Who gave parental consent (with libraryLink)",
                    example = "ouder/verzorger via schooladministratie")
            @Size(max = StudentRows.CONSENT_BY_MAX) String consentBy,
            @Schema(description = "When consent was given (with libraryLink)") Instant consentAt,
            @Schema(example = "sanne.devries", description = "The login's username for a student who has no login yet"
                    + " (3-100 characters: a-z, 0-9, '.', '_', '-'; upper case is made lower case). Left out: made by"
                    + " the school's rule. A student who has a login keeps it.")
            @Size(max = 100) String username,
            @Schema(example = "ouder@example.org", description = "The parent's e-mail address for the mails about "
                    + "reservations, only together with the parent's consent (AVG): an address needs "
                    + "parentEmailConsentBy and parentEmailConsentAt; an empty text removes the address and its "
                    + "consent; left out (or null): unchanged")
            @Size(max = StudentRows.PARENT_EMAIL_MAX) String parentEmail,
            @Schema(description = "Who gave consent for the mails (with parentEmail)",
                    example = "ouder/verzorger via schooladministratie")
            @Size(max = StudentRows.CONSENT_BY_MAX) String parentEmailConsentBy,
            @Schema(description = "When consent for the mails was given (with parentEmail)")
            Instant parentEmailConsentAt,
            @Schema(description = "The language of the mails and the portal: nl or en; left out: unchanged (a new "
                    + "student: nl)", enumeration = {"nl", "en"}) @Size(max = 2) String language) {

        /** A row without a username (what most files are). */
        public StudentRow(String studentNumber, String firstName, String lastName, String groupName, Boolean active,
                Boolean libraryLink, String consentBy, Instant consentAt) {
            this(studentNumber, firstName, lastName, groupName, active, libraryLink, consentBy, consentAt, null);
        }

        /** A row without a parent address or language. */
        public StudentRow(String studentNumber, String firstName, String lastName, String groupName, Boolean active,
                Boolean libraryLink, String consentBy, Instant consentAt, String username) {
            this(studentNumber, firstName, lastName, groupName, active, libraryLink, consentBy, consentAt, username,
                    null, null, null, null);
        }
    }

    @Schema(name = "StudentImportRequest")
    public record ImportRequest(
            @Schema(description = "Required for a client of a whole organisation") @Positive Long schoolId,
            @Schema(description = "Report what would change, change nothing") Boolean dryRun,
            @Schema(description = "Deactivate active students of the school that are not in this import. Refused"
                    + " (DEACTIVATION_REFUSED) when a row is rejected, when there are no students, or when more than the"
                    + " allowed share (20% by default) would be deactivated without confirmDeactivation") Boolean deactivateMissing,
            @Schema(description = "With deactivateMissing: the exact number of students it will deactivate (see a dry"
                    + " run); needed above the allowed share, refused when it does not match") @PositiveOrZero
            Integer confirmDeactivation,
            @Schema(description = "Default true: one bad row rejects the whole import") Boolean allOrNothing,
            @Schema(description = "Rows are checked one by one; a bad row is reported with its position (line 1 is the"
                    + " first)", required = true) @NotNull @Size(max = StudentRows.MAX_ROWS) List<StudentRow> students) {
    }

    @Schema(name = "ImportRowError")
    public record RowError(
            @Schema(description = "1-based line (CSV: the line in the file, the header being 1; JSON: the position in"
                    + " students)", required = true) int line,
            @Schema(required = true) String field, @Schema(required = true) String message) {
    }

    @Schema(name = "StudentImportResult")
    public record ImportResult(
            @Schema(required = true) boolean dryRun,
            @Schema(description = "Students in the import (CSV: the data lines of the file)", required = true) int rowsRead,
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(description = "Logins made for students who had none (in a dry run: that would be); never a "
                    + "password or start code: those come with login cards", required = true) int loginsCreated,
            @Schema(description = "Active students of the school before the import", required = true) int activeBefore,
            @Schema(description = "Students deactivated as missing (in a dry run: that would be)", required = true)
            int deactivated,
            @Schema(description = "Dry run with deactivateMissing: why the real import would be refused (absent when it"
                    + " would go ahead)") DeactivationSafeguard.Refusal deactivationRefused,
            @Schema(description = "Rows rejected (only when allOrNothing is false)", required = true) List<RowError> rejected) {
    }
}
