package nl.schoollibrary.reservations.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A location as other answers refer to it. */
@Schema(name = "LocationRef")
public record LocationRef(@Schema(required = true) long id, @Schema(required = true) String name,
        @Schema(required = true) LocationKind kind) {
}
