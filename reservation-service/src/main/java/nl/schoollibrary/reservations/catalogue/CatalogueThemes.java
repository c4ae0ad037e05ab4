package nl.schoollibrary.reservations.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link CatalogueTheme}s. */
@ApplicationScoped
public class CatalogueThemes implements PanacheRepositoryBase<CatalogueTheme, Long> {

    public Optional<CatalogueTheme> lockByCode(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
