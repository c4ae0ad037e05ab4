package nl.schoollibrary.reservations.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.organisation.OrganisationDtos.NewOrganisation;
import nl.schoollibrary.reservations.organisation.OrganisationDtos.OrganisationPatch;
import nl.schoollibrary.reservations.organisation.OrganisationDtos.OrganisationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Library organisations: administrators keep them, staff see their own. */
@Path("/api/organisations")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class OrganisationResource {

    @Inject OrganisationService organisations;
    @Inject CurrentUser currentUser;

    @GET
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The organisations: every one for an administrator, your own for staff")
    @APIResponse(responseCode = "200", description = "The organisations, by name")
    public List<OrganisationView> organisations() {
        return organisations.list(currentUser.actor());
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Create a library organisation (administrators)")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "201")
    @APIResponse(responseCode = "409", description = "The code is in use (CODE_TAKEN)")
    public Response createOrganisation(@Valid @NotNull NewOrganisation request) {
        OrganisationView created = organisations.create(currentUser.actor(), request);
        return Created.at("/api/organisations/" + created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(summary = "Rename or (de)activate an organisation (administrators); its code stays")
    @APIResponse(responseCode = "200", description = "The organisation as it is now")
    public OrganisationView changeOrganisation(@Parameter(description = "Organisation id") @PathParam("id") long id,
            @Valid @NotNull OrganisationPatch patch) {
        return organisations.change(currentUser.actor(), id, patch);
    }
}
