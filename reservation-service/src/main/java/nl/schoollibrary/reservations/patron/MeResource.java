package nl.schoollibrary.reservations.patron;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.circulation.CirculationDtos.LoanView;
import nl.schoollibrary.reservations.circulation.CirculationReads;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.messaging.MessageReads;
import nl.schoollibrary.reservations.notification.NotificationDtos.LanguageChange;
import nl.schoollibrary.reservations.notification.NotificationDtos.MyNotifications;
import nl.schoollibrary.reservations.notification.StudentNotifications;
import nl.schoollibrary.reservations.patron.MeDtos.Me;
import nl.schoollibrary.reservations.reservation.ReservationDtos.MyReservations;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.ReservationReads;
import nl.schoollibrary.reservations.reservation.policy.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in user's own profile and, for a student, their reservations, loans, data and mail settings. */
@Path("/api/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STUDENT_ROLE)
public class MeResource {

    @Inject CurrentUser currentUser;
    @Inject MeQueries queries;
    @Inject ReservationReads reservations;
    @Inject CirculationReads circulation;
    @Inject MessageReads messages;
    @Inject StudentNotifications notifications;
    @Inject Clock clock;

    @GET
    @Path("/reservations")
    @Operation(summary = "My active reservations (mijn gegevens), split by school library and library branches",
            description = "Each with status, place in line, estimated date, pickup location and pickup-by date.")
    @APIResponse(responseCode = "200", description = "My reservations")
    public MyReservations myReservations() {
        List<ReservationView> all = reservations.ofPatron(currentUser.actor().patronId(), true);
        return new MyReservations(all.stream().filter(r -> r.scope() == Scope.SCHOOL).toList(),
                all.stream().filter(r -> r.scope() == Scope.LIBRARY).toList());
    }

    @GET
    @Path("/export")
    @Operation(summary = "Download all my data (AVG): profile, every reservation and loan, messages, consent records, "
            + "the parent's e-mail address and language",
            description = "Reservations and loans anonymised after the retention period are no longer linked to the "
                    + "student and so are not part of it.")
    @APIResponse(responseCode = "200", description = "My data as JSON")
    public MeDtos.Export export() {
        long userId = currentUser.actor().userId();
        long patronId = currentUser.actor().patronId();
        MeQueries.MailSettings mail = queries.mailSettings(patronId);
        return new MeDtos.Export(clock.instant(), queries.me(userId).orElseThrow(),
                reservations.ofPatron(patronId, false), circulation.allLoansOfPatron(patronId),
                messages.all(patronId), queries.consent(patronId), queries.consentHistory(patronId), mail.language(),
                mail.parentEmail(), queries.parentEmailConsents(patronId));
    }

    @GET
    @Path("/loans")
    @Operation(summary = "My current loans with due dates")
    @APIResponse(responseCode = "200", description = "My loans")
    public List<LoanView> myLoans() {
        return circulation.openLoansOfPatron(currentUser.actor().patronId());
    }

    @GET
    @RolesAllowed({Role.STUDENT_ROLE, Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Who am I: the logged-in user, with the student profile (school, group, library link, membership)")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "403", description = "Not a user role (FORBIDDEN)")
    public Me me() {
        long userId = currentUser.actor().userId();
        return queries.me(userId).orElseThrow(() -> ProblemException.notFound("User", userId));
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "The mails my parent gets: the masked address, my language and the rules of my school",
            description = "No parentEmail: the school has no address of my parent (or no consent), so no mails go "
                    + "out; the rules are listed all the same.")
    @APIResponse(responseCode = "200", description = "My notification settings")
    public MyNotifications myNotifications() {
        return notifications.of(currentUser.actor().patronId());
    }

    @PUT
    @Path("/language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save my language (nl or en): the language of the portal and of the mails to my parent")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "400", description = "Not nl or en (VALIDATION_FAILED)")
    public void changeLanguage(@Valid @NotNull LanguageChange request) {
        notifications.language(currentUser.actor().patronId(), request.language());
    }
}
