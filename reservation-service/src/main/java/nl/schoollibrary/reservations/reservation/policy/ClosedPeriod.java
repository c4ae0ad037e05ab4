package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;
import java.util.Objects;

/** A period a location is closed (school holiday, public holiday), both dates inclusive. */
public record ClosedPeriod(LocalDate from, LocalDate to) {

    public ClosedPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A closed period ends on or after its start: " + from + " > " + to);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
