package nl.schoollibrary.reservations.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.collection.SeriesMutationDtos.SeriesMutationView;
import nl.schoollibrary.reservations.common.Page;
import nl.schoollibrary.reservations.common.database.Jdbc;

/** Read model of series mutations (SQL): an organisation's, newest first. */
@ApplicationScoped
public class SeriesMutationReads {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static final String SELECT = "SELECT id, created_by, created_at, selection::text, change::text, matched,"
            + " changed, out_of_scope, undone_at, undone_by, restored FROM series_mutation";

    @Inject Jdbc jdbc;
    @Inject ObjectMapper mapper;

    public Page<SeriesMutationView> list(Long organisationId, int page, int size) {
        long total = jdbc.count("SELECT count(*) FROM series_mutation WHERE organisation_id = ?", organisationId);
        List<SeriesMutationView> items = jdbc.list(SELECT + " WHERE organisation_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                this::view, organisationId, size, page * size);
        return new Page<>(items, page, size, total);
    }

    public Optional<SeriesMutationView> byId(long id, Long organisationId) {
        return jdbc.one(SELECT + " WHERE id = ? AND organisation_id = ?", this::view, id, organisationId);
    }

    private SeriesMutationView view(ResultSet rs) throws SQLException {
        Timestamp undone = rs.getTimestamp("undone_at");
        return new SeriesMutationView(rs.getLong("id"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), map(rs.getString(4)), map(rs.getString(5)),
                rs.getInt("matched"), rs.getInt("changed"), rs.getInt("out_of_scope"),
                undone == null ? null : undone.toInstant(), rs.getString("undone_by"),
                rs.getObject("restored", Integer.class));
    }

    private Map<String, Object> map(String text) {
        try {
            return mapper.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
