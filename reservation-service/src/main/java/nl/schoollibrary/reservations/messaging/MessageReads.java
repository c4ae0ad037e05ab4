package nl.schoollibrary.reservations.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationKind;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.messaging.MessageDtos.Kind;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessagePage;
import nl.schoollibrary.reservations.messaging.MessageDtos.MessageView;

/** A student's messages as the API shows them (berichten, and the data export). */
@ApplicationScoped
public class MessageReads {

    private static final String SELECT = """
            SELECT m.id, m.kind, m.created_at, m.read_at, m.reservation_id, m.pickup_by, m.reason,
                   t.id AS title_id, t.title, t.authors, t.cover_url, l.id AS location_id, l.name, l.kind AS location_kind
              FROM message m LEFT JOIN title t ON t.id = m.title_id LEFT JOIN location l ON l.id = m.location_id
             WHERE m.patron_id = ?""";

    @Inject Jdbc jdbc;

    public MessagePage page(long patronId, int page, int size) {
        List<MessageView> items = jdbc.list(SELECT + " ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?",
                MessageReads::view, patronId, size, page * size);
        long total = jdbc.count("SELECT count(*) FROM message WHERE patron_id = ?", patronId);
        long unread = jdbc.count("SELECT count(*) FROM message WHERE patron_id = ? AND read_at IS NULL", patronId);
        return new MessagePage(items, page, size, total, unread);
    }

    /** Every message of the patron, newest first. */
    public List<MessageView> all(long patronId) {
        return jdbc.list(SELECT + " ORDER BY m.created_at DESC, m.id DESC", MessageReads::view, patronId);
    }

    public Optional<MessageView> one(long patronId, long messageId) {
        return jdbc.one(SELECT + " AND m.id = ?", MessageReads::view, patronId, messageId);
    }

    private static MessageView view(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        Long titleId = rs.getObject("title_id", Long.class);
        Long locationId = rs.getObject("location_id", Long.class);
        return new MessageView(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant(), read != null, rs.getObject("reservation_id", Long.class),
                titleId == null ? null : new TitleRef(titleId, rs.getString("title"), rs.getString("authors"),
                        rs.getString("cover_url")),
                locationId == null ? null : new LocationRef(locationId, rs.getString("name"),
                        LocationKind.valueOf(rs.getString("location_kind"))),
                rs.getObject("pickup_by", LocalDate.class), rs.getString("reason"));
    }
}
