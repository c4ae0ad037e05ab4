package nl.schoollibrary.reservations.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.collection.CollectionDtos.CollectionView;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;

/** Read model of collections (SQL): each with its default block and how many copies it holds. */
@ApplicationScoped
public class CollectionReads {

    private static final String SELECT = """
            SELECT col.id, col.code, col.name, col.default_reservation_block, col.default_block_until,
                   (SELECT count(*) FROM copy c WHERE c.collection_id = col.id AND c.status <> 'WITHDRAWN') AS copies
              FROM collection col""";

    @Inject Jdbc jdbc;

    /** The organisation's collections by code. */
    public List<CollectionView> list(Long organisationId) {
        return jdbc.list(SELECT + " WHERE col.organisation_id = ? ORDER BY col.code", CollectionReads::view,
                organisationId);
    }

    public Optional<CollectionView> byId(long id) {
        return jdbc.one(SELECT + " WHERE col.id = ?", CollectionReads::view, id);
    }

    private static CollectionView view(ResultSet rs) throws SQLException {
        return new CollectionView(rs.getLong(1), rs.getString(2), rs.getString(3), BlockLevel.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class), rs.getLong(6));
    }
}
