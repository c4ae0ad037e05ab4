package nl.schoollibrary.reservations.delivery;

/**
 * How one attempt went.
 *
 * @param result {@link Result#DELIVERED}: the receiver accepted it (never sent again); {@link Result#RETRY}: it failed
 *     and is tried again after the backoff (given up after the last one); {@link Result#SKIPPED}: there is nothing to
 *     send any more (the parent's consent was withdrawn, the reservation anonymised, the endpoint deactivated): closed
 *     without sending
 * @param statusCode the HTTP status or SMTP reply code, when there was one
 * @param detail what went wrong, or why it was skipped (no personal data: it is shown in the delivery log)
 */
public record Outcome(Result result, Integer statusCode, String detail) {

    public enum Result {
        DELIVERED, RETRY, SKIPPED
    }

    public static Outcome delivered(Integer statusCode) {
        return new Outcome(Result.DELIVERED, statusCode, null);
    }

    public static Outcome retry(Integer statusCode, String detail) {
        return new Outcome(Result.RETRY, statusCode, detail);
    }

    public static Outcome skipped(String detail) {
        return new Outcome(Result.SKIPPED, null, detail);
    }
}
