package nl.schoollibrary.reservations.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and saves {@link WebhookEndpoint} aggregates. */
@ApplicationScoped
public class WebhookEndpoints implements PanacheRepositoryBase<WebhookEndpoint, Long> {

    /** The endpoint with its row locked until the transaction ends (FOR UPDATE): the dispatcher waits meanwhile. */
    public Optional<WebhookEndpoint> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
