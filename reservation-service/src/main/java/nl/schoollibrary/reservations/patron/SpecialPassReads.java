package nl.schoollibrary.reservations.patron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.patron.SpecialPassDtos.PassLoan;
import nl.schoollibrary.reservations.patron.SpecialPassDtos.SpecialPassView;

/**
 * Read model of special passes (SQL): the active passes of the staff member's location (library staff and
 * administrators: their organisation's), each with the copies lent to it now, and which locations are theirs.
 */
@ApplicationScoped
public class SpecialPassReads {

    @Inject Jdbc jdbc;

    public List<SpecialPassView> specialPasses(Actor actor) {
        Map<Long, SpecialPassView> passes = new LinkedHashMap<>();
        jdbc.list("SELECT p.id, p.last_name, l.id, l.name, l.kind FROM patron p JOIN location l ON l.id = p.owner_location_id"
                + " WHERE p.kind = 'SPECIAL_PASS' AND p.active AND " + locationScope(actor) + " ORDER BY l.name, p.last_name",
                rs -> passes.put(rs.getLong(1), new SpecialPassView(rs.getLong(1), rs.getString(2),
                        new LocationRef(rs.getLong(3), rs.getString(4), LocationKind.valueOf(rs.getString(5))),
                        new ArrayList<>())), scopeParam(actor));
        if (!passes.isEmpty()) {
            jdbc.list("SELECT ln.patron_id, c.barcode, t.id, t.title, t.authors, t.cover_url, c.shelf_mark, ln.due_date"
                    + " FROM loan ln JOIN copy c ON c.id = ln.copy_id JOIN title t ON t.id = c.title_id"
                    + " WHERE ln.returned_at IS NULL AND ln.patron_id = ANY (?) ORDER BY c.shelf_mark",
                    rs -> passes.get(rs.getLong(1)).loans().add(new PassLoan(rs.getString(2), new TitleRef(rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7),
                            rs.getObject(8, LocalDate.class))), (Object) passes.keySet().toArray(Long[]::new));
        }
        return List.copyOf(passes.values());
    }

    /** Whether the location is the school staff member's own, or one of the organisation of others. */
    public boolean isOwnLocation(Actor actor, long locationId) {
        return jdbc.count("SELECT count(*) FROM location l WHERE l.id = ? AND " + locationScope(actor), locationId,
                scopeParam(actor)) > 0;
    }

    private static String locationScope(Actor actor) {
        return actor.role() == Role.SCHOOL_STAFF ? "l.id = ?" : "l.organisation_id = ?";
    }

    private static Object scopeParam(Actor actor) {
        return actor.role() == Role.SCHOOL_STAFF ? actor.locationId() : actor.organisationId();
    }
}
