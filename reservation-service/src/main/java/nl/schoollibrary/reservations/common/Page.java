package nl.schoollibrary.reservations.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total number of items. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(description = "Zero-based page number", example = "0", required = true) int page,
        @Schema(description = "Page size", example = "20", required = true) int size,
        @Schema(description = "Total number of items over all pages", example = "137", required = true) long total,
        @Schema(description = "Present and true when the total is a lower bound: a search ranks at most 500 matches")
        Boolean totalIsLowerBound) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }
}
