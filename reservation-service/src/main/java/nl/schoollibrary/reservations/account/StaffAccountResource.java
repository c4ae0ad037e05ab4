package nl.schoollibrary.reservations.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.schoollibrary.reservations.account.AccountDtos.NewStaffAccount;
import nl.schoollibrary.reservations.account.AccountDtos.StaffAccount;
import nl.schoollibrary.reservations.account.AccountDtos.StaffAccountCreated;
import nl.schoollibrary.reservations.account.AccountDtos.StaffAccountPatch;
import nl.schoollibrary.reservations.account.AccountDtos.TemporaryPassword;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

/**
 * Staff accounts: administrators keep all of them, school staff the school staff of their own school library; library
 * staff, students and integration clients none (403).
 */
@Path("/api")
@Tag(name = "Staff accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.ADMIN_ROLE})
@APIResponse(responseCode = "403", description = "Not an administrator, or (school staff) not a school staff account "
        + "of your own school (FORBIDDEN)")
public class StaffAccountResource {

    @Inject StaffAccounts accounts;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/staff-accounts")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Staff accounts (administrators: all; school staff: the school staff of their school)")
    @APIResponse(responseCode = "200", description = "The accounts by username")
    public List<StaffAccount> staffAccounts(
            @Parameter(description = "Only the accounts of this location") @QueryParam("locationId") @Positive
            Long locationId,
            @Parameter(description = "Also disabled accounts") @QueryParam("includeDisabled") @DefaultValue("false")
            boolean includeDisabled) {
        return accounts.list(currentUser.actor(), locationId, includeDisabled);
    }

    @POST
    @Path("/staff-accounts")
    @Operation(summary = "Create a staff account with a temporary password (shown once)",
            description = "The person logs in with the temporary password (valid 7 days) and must then choose their "
                    + "own. School staff may create school staff of their own school library only.")
    @APIResponseSchema(value = StaffAccountCreated.class, responseCode = "201",
            responseDescription = "Created; the answer is not to be stored (Cache-Control: no-store)")
    @APIResponse(responseCode = "400", description = "A bad username or display name, a missing or unfit "
            + "location (VALIDATION_FAILED)")
    @APIResponse(responseCode = "409", description = "The username is taken (USERNAME_TAKEN)")
    public Response createStaffAccount(@Valid @NotNull NewStaffAccount request) {
        StaffAccountCreated created = accounts.create(currentUser.actor(), request);
        return Created.notStored("/api/staff-accounts/" + created.account().id(), created);
    }

    @PATCH
    @Path("/staff-accounts/{id}")
    @Operation(summary = "Change a staff account's display name, role or location (a field left out stays)",
            description = "A new role or location ends the account's sessions: the person logs in again.")
    @APIResponse(responseCode = "200", description = "The account as it is now")
    @APIResponse(responseCode = "409", description = "It would demote the last active administrator, or yourself "
            + "(LAST_ADMINISTRATOR)")
    public StaffAccount changeStaffAccount(@PathParam("id") long id, @Valid @NotNull StaffAccountPatch patch) {
        return accounts.change(currentUser.actor(), id, patch);
    }

    @POST
    @Path("/staff-accounts/{id}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable a staff account: its sessions end and its tokens stop working",
            description = "At once on this service instance; on other instances within reservation.auth"
                    + ".account-check-cache (5 seconds by default).")
    @APIResponse(responseCode = "200", description = "Disabled")
    @APIResponse(responseCode = "409", description = "The last active administrator, or yourself (LAST_ADMINISTRATOR)")
    public StaffAccount disableStaffAccount(@PathParam("id") long id) {
        return accounts.disable(currentUser.actor(), id);
    }

    @POST
    @Path("/staff-accounts/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enable a disabled staff account again")
    @APIResponse(responseCode = "200", description = "Enabled")
    public StaffAccount enableStaffAccount(@PathParam("id") long id) {
        return accounts.enable(currentUser.actor(), id);
    }

    @POST
    @Path("/staff-accounts/{id}/reset-password")
    @Consumes(MediaType.WILDCARD)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Give a staff account a new temporary password (shown once); its sessions end")
    @APIResponse(responseCode = "200", description = "The temporary password (Cache-Control: no-store)")
    public TemporaryPassword resetStaffPassword(@PathParam("id") long id) {
        return accounts.resetPassword(currentUser.actor(), id);
    }
}
