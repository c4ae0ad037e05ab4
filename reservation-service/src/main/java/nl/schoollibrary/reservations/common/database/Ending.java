package nl.schoollibrary.reservations.common.database;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How a row's life ended: why, who ended it and when (a copy withdrawn, a reservation closed), as three columns named
 * where it is used ({@code @AttributeOverride}). Reason and who may be {@code null} where the end names none; a row
 * that has not ended has no ending ({@code null}).
 */
@Embeddable
public record Ending(String reason, String by, Instant at) {
}
