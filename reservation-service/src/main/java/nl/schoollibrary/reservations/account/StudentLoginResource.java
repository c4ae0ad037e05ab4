package nl.schoollibrary.reservations.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.schoollibrary.reservations.account.AccountDtos.LoginCards;
import nl.schoollibrary.reservations.account.AccountDtos.LoginCardsRequest;
import nl.schoollibrary.reservations.account.AccountDtos.SchoolStudent;
import nl.schoollibrary.reservations.account.AccountDtos.StudentGroup;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

/**
 * A school's students and their logins, and login cards with start codes: administrators for any school, school
 * staff for their own; library staff, students and integration clients none (403).
 */
@Path("/api")
@Tag(name = "Student logins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.ADMIN_ROLE})
@APIResponse(responseCode = "403", description = "Not an administrator or staff of this school (FORBIDDEN)")
public class StudentLoginResource {

    @Inject StudentLogins logins;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/schools/{id}/students")
    @Operation(summary = "The school's students with their logins, by group and name")
    @APIResponse(responseCode = "200", description = "The students")
    public List<SchoolStudent> schoolStudents(@Parameter(description = "School id") @PathParam("id") long id,
            @Parameter(description = "Only this group (exact name)") @QueryParam("group") @Size(max = 40) String group,
            @Parameter(description = "Part of a name, student number or username") @QueryParam("q") @Size(max = 100)
            String q,
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return logins.students(currentUser.actor(), id, group, q, includeInactive);
    }

    @GET
    @Path("/schools/{id}/groups")
    @Operation(summary = "The groups of the school's active students, with how many have not chosen a password")
    @APIResponse(responseCode = "200", description = "The groups by name")
    public List<StudentGroup> schoolGroups(@Parameter(description = "School id") @PathParam("id") long id) {
        return logins.groups(currentUser.actor(), id);
    }

    @POST
    @Path("/schools/{id}/login-cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Login cards for a group: a new one-time start code for each student (shown once)",
            description = "Start codes work 30 days and replace earlier ones. By default only students who have not "
                    + "chosen a password get one; with onlyWithoutPassword=false every active student of the group, "
                    + "whose password then stops working and whose sessions end.")
    @APIResponse(responseCode = "200", description = "The cards (Cache-Control: no-store)")
    @APIResponse(responseCode = "404", description = "No such school, or no active student in the group (NOT_FOUND)")
    public LoginCards issueLoginCards(@Parameter(description = "School id") @PathParam("id") long id,
            @Valid @NotNull LoginCardsRequest request) {
        return logins.groupCards(currentUser.actor(), id, request.groupName(),
                request.onlyWithoutPassword() == null || request.onlyWithoutPassword());
    }

    @POST
    @Path("/students/{patronId}/login-card")
    @Consumes(MediaType.WILDCARD)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "A new login card for one student (a forgotten password): their password stops working, "
            + "their sessions end")
    @APIResponse(responseCode = "200", description = "One card (Cache-Control: no-store)")
    @APIResponse(responseCode = "409", description = "The student has no login yet, or is not active (CONFLICT)")
    public LoginCards issueStudentLoginCard(@Parameter(description = "The student's patron id") @PathParam("patronId")
            long patronId) {
        return logins.studentCard(currentUser.actor(), patronId);
    }
}
