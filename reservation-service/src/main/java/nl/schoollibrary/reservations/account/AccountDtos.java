package nl.schoollibrary.reservations.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.schoollibrary.reservations.auth.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API model of accounts: the first administrator, staff accounts and students' logins. */
public final class AccountDtos {

    private AccountDtos() {
    }

    /** The roles a staff account can have. */
    @Schema(name = "StaffRole")
    public enum StaffRole {
        SCHOOL_STAFF, LIBRARY_STAFF, ADMIN;

        Role role() {
            return Role.valueOf(name());
        }
    }

    @Schema(name = "SetupStatus")
    public record SetupStatus(
            @Schema(description = "No active administrator exists: the first one is made with the setup link",
                    required = true) boolean administratorNeeded) {
    }

    @Schema(name = "NewAdministrator")
    public record NewAdministrator(
            @Schema(description = "The token of the setup link (after #token=)", required = true)
            @NotNull @Size(max = 200) String setupToken,
            @Schema(example = "beheer", description = "3-100 characters: a-z, 0-9, '.', '_', '-'", required = true)
            @NotNull @Size(max = 100) String username,
            @Schema(example = "Beheerder Bibliotheek Rivierenland", required = true) @NotNull @Size(max = 200)
            String displayName,
            @Schema(description = "8 to 200 characters, not the username", required = true) @NotNull @Size(max = 1000)
            String password) {
    }

    @Schema(name = "StaffAccount")
    public record StaffAccount(
            @Schema(required = true) long id,
            @Schema(example = "j.jansen", required = true) String username,
            @Schema(example = "Jan Jansen", required = true) String displayName,
            @Schema(required = true) StaffRole role,
            Long locationId,
            @Schema(example = "Schoolbibliotheek De Regenboog") String locationName,
            Long schoolId,
            Long organisationId,
            @Schema(required = true) boolean active,
            @Schema(description = "Has a temporary password that has not been changed yet", required = true)
            boolean mustChangePassword,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "Username of who created it (absent: made before accounts were kept)") String createdBy) {
    }

    @Schema(name = "NewStaffAccount")
    public record NewStaffAccount(
            @Schema(example = "j.jansen", description = "3-100 characters: a-z, 0-9, '.', '_', '-' (upper case is "
                    + "made lower case)", required = true) @NotNull @Size(max = 100) String username,
            @Schema(example = "Jan Jansen", required = true) @NotNull @Size(max = 200) String displayName,
            @Schema(required = true) @NotNull StaffRole role,
            @Schema(description = "Where the account works; required except for ADMIN. SCHOOL_STAFF: a school "
                    + "library; the school and organisation are taken from the location") @Positive Long locationId) {
    }

    @Schema(name = "StaffAccountPatch", description = "A field left out stays as it is")
    public record StaffAccountPatch(
            @Schema(example = "Jan Jansen") @Size(max = 200) String displayName,
            StaffRole role,
            @Positive Long locationId) {
    }

    @Schema(name = "StaffAccountCreated", description = "The temporary password is shown only this once")
    public record StaffAccountCreated(
            @Schema(required = true) StaffAccount account,
            @Schema(example = "K7QM-P3XD-9TRA", description = "Give it to the person; they choose their own password "
                    + "at the first login", required = true) String temporaryPassword,
            @Schema(required = true) Instant temporaryPasswordValidUntil) {
    }

    @Schema(name = "TemporaryPassword", description = "Shown only this once")
    public record TemporaryPassword(
            @Schema(example = "K7QM-P3XD-9TRA", required = true) String temporaryPassword,
            @Schema(required = true) Instant validUntil) {
    }

    /** How a student can log in. */
    @Schema(name = "StudentLogin", description = "NONE: no password and no start code yet; START_CODE: a login card "
            + "was issued and not used to choose a password yet; PASSWORD: the student chose a password")
    public enum LoginState {
        NONE, START_CODE, PASSWORD
    }

    @Schema(name = "SchoolStudent")
    public record SchoolStudent(
            @Schema(required = true) long patronId,
            @Schema(example = "2024-0137") String studentNumber,
            @Schema(example = "Sanne") String firstName,
            @Schema(example = "de Vries", required = true) String lastName,
            @Schema(example = "groep 6") String groupName,
            @Schema(required = true) boolean active,
            @Schema(example = "sanne.devries", description = "Absent: the student has no login") String username,
            @Schema(required = true) LoginState login,
            @Schema(description = "With login START_CODE: until when the start code works") Instant startCodeValidUntil) {
    }

    @Schema(name = "StudentGroup")
    public record StudentGroup(
            @Schema(example = "groep 6", required = true) String name,
            @Schema(description = "Active students in the group", required = true) int students,
            @Schema(description = "Of them, students who have not chosen a password", required = true)
            int withoutPassword) {
    }

    @Schema(name = "LoginCardsRequest")
    public record LoginCardsRequest(
            @Schema(example = "groep 6", required = true) @NotNull @Size(max = 40) String groupName,
            @Schema(description = "Default true: only students who have not chosen a password; false: every active "
                    + "student of the group (whose sessions then end)") Boolean onlyWithoutPassword) {
    }

    @Schema(name = "LoginCard")
    public record LoginCard(
            @Schema(required = true) long patronId,
            String firstName,
            @Schema(required = true) String lastName,
            String groupName,
            @Schema(example = "sanne.devries", required = true) String username,
            @Schema(example = "K7QMP3XD", description = "One-time start code: typed at the first login (case and "
                    + "dashes do not matter), then the student chooses a password", required = true) String startCode) {
    }

    @Schema(name = "LoginCards", description = "Shown only this once: print or hand out the cards")
    public record LoginCards(
            @Schema(example = "OBS De Regenboog", required = true) String schoolName,
            @Schema(example = "groep 6") String groupName,
            @Schema(description = "Until when the start codes work", required = true) Instant validUntil,
            @Schema(required = true) List<LoginCard> cards) {
    }
}
