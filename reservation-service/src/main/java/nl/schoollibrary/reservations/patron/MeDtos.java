package nl.schoollibrary.reservations.patron;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanView;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessageView;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MeDtos {

    private MeDtos() {
    }

    @Schema(name = "Me", description = "The logged-in user and, for a student, their profile (mijn gegevens)")
    public record Me(
            @Schema(required = true) long id,
            @Schema(example = "sanne", required = true) String username,
            @Schema(example = "Sanne de Vries", required = true) String displayName,
            @Schema(required = true) Role role,
            Long schoolId,
            @Schema(example = "OBS De Regenboog") String schoolName,
            Long organisationId,
            Long locationId,
            String locationName,
            @Schema(description = "Present for students") StudentProfile student) {
    }

    @Schema(name = "StudentProfile")
    public record StudentProfile(
            @Schema(required = true) long patronId,
            String firstName,
            @Schema(required = true) String lastName,
            @Schema(example = "groep 6") String groupName,
            @Schema(description = "School–library link (only with parental consent)", required = true) boolean libraryLink,
            @Schema(description = "Library membership, if any") Membership membership) {
    }

    @Schema(name = "Membership")
    public record Membership(
            @Schema(required = true) String cardNumber,
            @Schema(required = true) long homeBranchId,
            @Schema(required = true) String homeBranchName,
            @Schema(required = true) LocalDate validUntil,
            @Schema(description = "Valid today", required = true) boolean valid) {
    }

    @Schema(name = "MyDataExport", description = "Everything the service keeps about the logged-in student (AVG access)")
    public record Export(
            @Schema(required = true) Instant exportedAt,
            @Schema(required = true) Me profile,
            @Schema(description = "All reservations, closed ones too", required = true)
            List<ReservationView> reservations,
            @Schema(description = "All loans, returned ones too", required = true)
            List<LoanView> loans,
            @Schema(required = true) List<MessageView> messages,
            @Schema(description = "The recorded parental consent for the library link, if any") Consent consent,
            @Schema(description = "Every recorded change of the library link and its consent, oldest first",
                    required = true) List<ConsentRecord> consentHistory,
            @Schema(description = "The language of the portal and of the mails to the parent", enumeration = {"nl",
                    "en"}, required = true) String language,
            @Schema(description = "The parent's e-mail address (kept only with the parent's consent), if any")
            String parentEmail,
            @Schema(description = "Every recorded change of the parent's address and its consent, oldest first",
                    required = true) List<ParentEmailConsentRecord> parentEmailConsents) {
    }

    @Schema(name = "ParentEmailConsentRecord", description = "One change of the parent's e-mail address: the address "
            + "and consent as recorded (none: removed or withdrawn), and who recorded it when")
    public record ParentEmailConsentRecord(
            @Schema(description = "The address after this change; none: removed") String parentEmail,
            @Schema(description = "Who gave consent") String givenBy,
            @Schema(description = "When consent was given") Instant givenAt,
            @Schema(required = true) Instant recordedAt,
            @Schema(description = "The integration client or user that recorded it", required = true)
            String recordedBy,
            @Schema(example = "IMPORT", description = "IMPORT, DEMO or ANONYMISATION", required = true)
            String source) {
    }

    @Schema(name = "Consent")
    public record Consent(String givenBy, Instant givenAt) {
    }

    @Schema(name = "ConsentRecord", description = "One change of the library link: the consent as recorded, and who "
            + "recorded it when (the school's administration system, or an administrator)")
    public record ConsentRecord(
            @Schema(description = "The library link after this change", required = true) boolean libraryLink,
            @Schema(description = "Who gave consent", example = "ouder via schooladministratie") String givenBy,
            @Schema(description = "When consent was given") Instant givenAt,
            @Schema(required = true) Instant recordedAt,
            @Schema(description = "The integration client or user that recorded it", example = "wegwijzer-sis",
                    required = true) String recordedBy,
            @Schema(example = "IMPORT", required = true) String source) {
    }
}
