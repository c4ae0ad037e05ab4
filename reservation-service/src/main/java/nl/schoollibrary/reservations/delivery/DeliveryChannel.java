package nl.schoollibrary.reservations.delivery;

/**
 * One way a delivery goes out: {@code EMAIL} (a mail to a student's parent) or {@code WEBHOOK} (a signed call to an
 * integration client's endpoint). The {@link Dispatcher} claims due deliveries and hands each to the channel of its
 * {@code channel} column, then records the attempt and what follows from its outcome (delivered, retried with
 * backoff, given up, skipped). A channel is an {@code @ApplicationScoped} bean; {@link #send} is called from the
 * dispatcher's threads, outside any transaction, and must not throw: any failure is an {@link Outcome#retry}.
 */
public interface DeliveryChannel {

    /** The {@code delivery.channel} value this bean sends: {@code EMAIL} or {@code WEBHOOK}. */
    String channel();

    /** Sends one claimed delivery (at most once per call) and says how it went. */
    Outcome send(ClaimedDelivery delivery);
}
