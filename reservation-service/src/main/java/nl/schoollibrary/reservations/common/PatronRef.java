package nl.schoollibrary.reservations.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patron as staff answers refer to it (never shown to other students). */
@Schema(name = "PatronRef", description = "Shown to staff only")
public record PatronRef(@Schema(required = true) long id, @Schema(required = true) String name, String groupName,
        String schoolName) {
}
