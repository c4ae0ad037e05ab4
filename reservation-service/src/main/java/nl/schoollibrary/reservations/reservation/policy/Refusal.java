package nl.schoollibrary.reservations.reservation.policy;

import java.util.Objects;

/** A refused placement: a stable reason code and a specific, human English message. A value, not an exception. */
public record Refusal(ReasonCode code, String message) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
