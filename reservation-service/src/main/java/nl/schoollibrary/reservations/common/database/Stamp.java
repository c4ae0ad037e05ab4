package nl.schoollibrary.reservations.common.database;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who did something to a row and when: a {@code <something>_by} and {@code <something>_at} column pair, named where it
 * is used ({@code @AttributeOverride}). {@code by} is a username, or {@code null} where the row names nobody. A stamp
 * whose columns are both empty loads as {@code null}: it has not happened (e.g. an account that was never disabled).
 */
@Embeddable
public record Stamp(String by, Instant at) {
}
