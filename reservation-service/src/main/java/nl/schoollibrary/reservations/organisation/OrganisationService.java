package nl.schoollibrary.reservations.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Constraints;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.messaging.EventOutbox;
import nl.schoollibrary.reservations.organisation.OrganisationDtos.NewOrganisation;
import nl.schoollibrary.reservations.organisation.OrganisationDtos.OrganisationPatch;
import nl.schoollibrary.reservations.organisation.OrganisationDtos.OrganisationView;

/**
 * Library organisations: administrators (the whole installation) create, rename and (de)activate them; staff see
 * their own. Deactivating an organisation changes only its own flag: its schools and locations are deactivated one by
 * one (a location with reservations ready there cannot be), so nothing is closed by surprise.
 */
@ApplicationScoped
public class OrganisationService {

    private static final String SELECT = "SELECT id, code, name, active, created_at FROM organisation";

    @Inject Organisations organisations;
    @Inject Jdbc jdbc;
    @Inject EventOutbox events;
    @Inject Clock clock;

    /** Every organisation for an administrator; for staff their own (a school's staff: their school's). */
    public List<OrganisationView> list(Actor actor) {
        if (actor.role() == Role.ADMIN) {
            return jdbc.list(SELECT + " ORDER BY name, id", OrganisationService::view);
        }
        return jdbc.list(SELECT + " WHERE id = ? OR id = (SELECT organisation_id FROM school WHERE id = ?)"
                + " ORDER BY name, id", OrganisationService::view, actor.organisationId(), actor.schoolId());
    }

    @Transactional
    public OrganisationView create(Actor actor, NewOrganisation request) {
        requireAdministrator(actor);
        Organisation organisation = Organisation.create(request.code(), request.name(), clock.instant());
        try {
            organisations.persist(organisation);
            organisations.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "organisation_code_key")) {
                throw new ProblemException(ErrorCode.CODE_TAKEN, "The organisation code " + request.code()
                        + " is in use already.");
            }
            throw e;
        }
        long id = organisation.id();
        events.tenantEvent("OrganisationCreated", "ORGANISATION", id, id, null,
                Map.of("code", organisation.code(), "name", request.name().strip()));
        return view(id);
    }

    @Transactional
    public OrganisationView change(Actor actor, long id, OrganisationPatch patch) {
        requireAdministrator(actor);
        if (patch.name() != null && patch.name().isBlank()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        Organisation organisation = organisations.lock(id).orElseThrow(() -> ProblemException.notFound("Organisation",
                id));
        Map<String, Object> changed = new LinkedHashMap<>();
        if (patch.name() != null && organisation.rename(patch.name())) {
            changed.put("name", patch.name().strip());
        }
        if (patch.active() != null && organisation.activate(patch.active())) {
            changed.put("active", patch.active());
        }
        if (!changed.isEmpty()) {
            events.tenantEvent("OrganisationChanged", "ORGANISATION", id, id, null, changed);
        }
        return view(id);
    }

    private OrganisationView view(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", OrganisationService::view, id).orElseThrow();
    }

    private static OrganisationView view(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new OrganisationView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getBoolean("active"), created.toInstant());
    }

    private static void requireAdministrator(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only an administrator changes organisations.");
        }
    }
}
