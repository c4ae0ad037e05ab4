package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;

/**
 * The reservation block of a copy. A block with an end date applies up to and including {@code until} and lifts
 * itself the day after; it is computed when read, so no job can forget to lift it.
 * A {@code null} level means {@link BlockLevel#NONE}; {@code until == null} means "until staff lift it".
 */
public record ReservationBlock(BlockLevel level, LocalDate until) {

    private static final ReservationBlock NONE = new ReservationBlock(BlockLevel.NONE, null);

    public ReservationBlock {
        level = level == null ? BlockLevel.NONE : level;
    }

    public static ReservationBlock none() {
        return NONE;
    }

    public boolean activeOn(LocalDate day) {
        return level != BlockLevel.NONE && (until == null || !day.isAfter(until));
    }

    /** The level that applies on {@code day}: the stored level while active, {@link BlockLevel#NONE} after it lifted. */
    public BlockLevel effectiveOn(LocalDate day) {
        return activeOn(day) ? level : BlockLevel.NONE;
    }
}
