package nl.schoollibrary.reservations.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationRules;
import nl.schoollibrary.reservations.notification.NotificationDtos.NotificationRulesChange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which events send a mail to a student's parent: rules per organisation with an override per school. Administrators
 * any; library staff their organisation and its schools; school staff their own school.
 */
@Path("/api/notification-rules")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class NotificationRuleResource {

    @Inject NotificationRuleService rules;
    @Inject CurrentUser currentUser;

    @GET
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The rules in force for an organisation, or for one of its schools",
            description = "Always all five events, in the same order, each with where its rule comes from (DEFAULT, "
                    + "ORGANISATION, SCHOOL). School staff: their own school (organisationId and schoolId may be left "
                    + "out); library staff: their organisation (organisationId may be left out) and its schools.")
    @APIResponse(responseCode = "200", description = "The rules in force")
    @APIResponse(responseCode = "400", description = "An administrator gave no organisationId or schoolId, or the "
            + "school is another organisation's (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Outside your organisation or school (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such organisation or school (NOT_FOUND)")
    public NotificationRules rules(
            @Parameter(description = "The organisation (required for administrators unless schoolId is given)")
            @QueryParam("organisationId") @Positive Long organisationId,
            @Parameter(description = "The school: the rules in force for its students")
            @QueryParam("schoolId") @Positive Long schoolId) {
        return rules.get(currentUser.actor(), organisationId, schoolId);
    }

    @PUT
    @Operation(summary = "Set rules of an organisation, or overrides of one of its schools",
            description = "Each given event's rule is set (enabled true or false) or removed (enabled null: a school "
                    + "then inherits the organisation's rule, an organisation gets the default). reminderOpenDays "
                    + "(1 to 10) for PICKUP_REMINDER only. School staff set their own school's overrides only. Writes "
                    + "the event NotificationRulesChanged.")
    @APIResponse(responseCode = "200", description = "The rules in force after the change")
    @APIResponse(responseCode = "400", description = "An event twice, reminderOpenDays for another event or out of "
            + "range, or another field breaks a rule (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Outside your organisation or school, or school staff changing "
            + "the organisation's rules (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = "No such organisation or school (NOT_FOUND)")
    public NotificationRules change(@Valid @NotNull NotificationRulesChange request) {
        return rules.change(currentUser.actor(), request);
    }
}
