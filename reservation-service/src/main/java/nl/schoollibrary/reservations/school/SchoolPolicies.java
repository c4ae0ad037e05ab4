package nl.schoollibrary.reservations.school;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Loads and saves {@link SchoolPolicy}s, by school id. */
@ApplicationScoped
public class SchoolPolicies implements PanacheRepositoryBase<SchoolPolicy, Long> {
}
