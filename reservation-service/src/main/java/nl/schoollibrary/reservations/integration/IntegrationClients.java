package nl.schoollibrary.reservations.integration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link IntegrationClient} aggregates. */
@ApplicationScoped
public class IntegrationClients implements PanacheRepositoryBase<IntegrationClient, Long> {

    /** The client a client-credentials request names (its {@code client_id}, not the row id). */
    public Optional<IntegrationClient> byClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    /** The client with its row locked until the transaction ends (FOR UPDATE). */
    public Optional<IntegrationClient> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
