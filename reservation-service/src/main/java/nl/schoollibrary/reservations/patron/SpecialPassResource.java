package nl.schoollibrary.reservations.patron;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.schoollibrary.reservations.auth.CurrentUser;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.Created;
import nl.schoollibrary.reservations.patron.SpecialPassDtos.CreateSpecialPassRequest;
import nl.schoollibrary.reservations.patron.SpecialPassDtos.SpecialPassView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Special passes of the staff member's location (organisation). */
@Path("/api")
@Tag(name = "Staff controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SCHOOL_STAFF_ROLE, Role.LIBRARY_STAFF_ROLE, Role.ADMIN_ROLE})
public class SpecialPassResource {

    @Inject SpecialPassService passes;
    @Inject CurrentUser currentUser;

    @GET
    @Path("/special-passes")
    @Operation(summary = "Special passes of your location (organisation) with the copies lent to them now")
    @APIResponse(responseCode = "200", description = "The passes")
    public List<SpecialPassView> specialPasses() {
        return passes.specialPasses(currentUser.actor());
    }

    @POST
    @Path("/special-passes")
    @Operation(summary = "Create a special pass (e.g. \"Tentoonstelling\") owned by a location")
    @APIResponseSchema(value = SpecialPassView.class, responseCode = "201")
    public Response createSpecialPass(@Valid @NotNull CreateSpecialPassRequest request) {
        SpecialPassView view = passes.createSpecialPass(currentUser.actor(), request);
        return Created.at("/api/special-passes/" + view.id(), view);
    }
}
