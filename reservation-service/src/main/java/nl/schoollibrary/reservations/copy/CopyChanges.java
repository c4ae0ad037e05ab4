package nl.schoollibrary.reservations.copy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import nl.schoollibrary.reservations.common.database.Jdbc;

/**
 * The change log of copies ({@code copy_change}): one appended row per staff change of a block or copy reservation,
 * with the values before and after, which the copy detail shows as its history. Rows are only ever added.
 */
@ApplicationScoped
public class CopyChanges {

    /**
     * What changed, as stored in {@code copy_change.what}: staff blocks and copy reservations; and from catalogue
     * intake the copy's arrival, its changes (shelf mark, collection), moves, withdrawal, and the block a collection's
     * default gave it (set by the database trigger, recorded by the use case that saw it happen).
     */
    public enum What { RESERVATION_BLOCK, LOAN_BLOCK, COPY_RESERVATION, COLLECTION_DEFAULT, CREATED, CHANGED, MOVED,
        WITHDRAWN }

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;

    public void record(long copyId, String by, Instant at, What what, Map<String, Object> before,
            Map<String, Object> after) {
        try {
            jdbc.update("INSERT INTO copy_change (copy_id, changed_at, changed_by, what, old_value, new_value)"
                    + " VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)", copyId, at, by, what.name(),
                    mapper.writeValueAsString(before), mapper.writeValueAsString(after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
