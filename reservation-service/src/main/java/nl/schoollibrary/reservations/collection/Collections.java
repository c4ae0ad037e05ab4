package nl.schoollibrary.reservations.collection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Loads and saves {@link Collection}s; an organisation sees its own only. */
@ApplicationScoped
public class Collections implements PanacheRepositoryBase<Collection, Long> {

    public Optional<Collection> inOrganisation(long id, Long organisationId) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }

    public Optional<Collection> byCode(Long organisationId, String code) {
        return find("organisationId = ?1 and code = ?2", organisationId, code).firstResultOptional();
    }
}
