package nl.schoollibrary.reservations.reservation.policy;

import java.util.Objects;

/**
 * A refused placement: a stable reason code, a specific, human English message and, for a limit, the limit that was
 * reached (else null). A value, not an exception.
 */
public record Refusal(ReasonCode code, String message, Integer limit) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Refusal(ReasonCode code, String message) {
        this(code, message, null);
    }
}
