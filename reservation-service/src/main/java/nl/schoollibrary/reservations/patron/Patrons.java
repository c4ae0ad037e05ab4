package nl.schoollibrary.reservations.patron;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Loads and saves {@link Patron}s. */
@ApplicationScoped
public class Patrons implements PanacheRepositoryBase<Patron, Long> {
}
