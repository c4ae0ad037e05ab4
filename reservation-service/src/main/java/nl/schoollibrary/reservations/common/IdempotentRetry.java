package nl.schoollibrary.reservations.common;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether this request took over an Idempotency-Key that an earlier try of it left unfinished ({@link IdempotencyKeys}):
 * that try may have done its work before it stopped, so a use case that meets its own result (a placement that finds
 * the reservation it would make) can answer with that result instead of a conflict.
 */
@RequestScoped
public class IdempotentRetry {

    private Instant earlierTry;

    /** When the earlier try claimed the key, if this request took the key over from it. */
    public Optional<Instant> earlierTry() {
        return Optional.ofNullable(earlierTry);
    }

    void tookOver(Instant firstTriedAt) {
        this.earlierTry = firstTriedAt;
    }
}
