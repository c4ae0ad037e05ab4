package nl.schoollibrary.reservations.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title as other answers refer to it: enough to show and link it. */
@Schema(name = "TitleRef")
public record TitleRef(@Schema(required = true) long id, @Schema(required = true) String title,
        @Schema(required = true) String authors, String coverUrl) {
}
