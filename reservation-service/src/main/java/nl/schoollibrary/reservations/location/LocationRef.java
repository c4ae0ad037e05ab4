package nl.schoollibrary.reservations.location;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A location as other answers refer to it. */
@Schema(name = "LocationRef")
public record LocationRef(@Schema(required = true) long id, @Schema(required = true) String name,
        @Schema(required = true) LocationKind kind) {

    /** The location in a row's columns {@code <prefix>_id}, {@code <prefix>_name} and {@code <prefix>_kind}. */
    public static LocationRef read(ResultSet rs, String prefix) throws SQLException {
        return new LocationRef(rs.getLong(prefix + "_id"), rs.getString(prefix + "_name"),
                LocationKind.valueOf(rs.getString(prefix + "_kind")));
    }
}
