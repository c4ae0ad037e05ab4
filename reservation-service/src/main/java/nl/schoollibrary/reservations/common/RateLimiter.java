package nl.schoollibrary.reservations.common;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (docs/adr/0004), as the generic cell rate algorithm: each key holds one number, the time
 * at which its bucket will be full again ("theoretical arrival time"). A request adds one emission interval
 * (1 / rate) to it and is allowed while that stays within {@code burst} intervals of now. One {@link AtomicLong}
 * per key, updated by compare-and-set: thread-safe without locks and without allocation on the hot path.
 * In memory, per service instance.
 */
public final class RateLimiter {

    /** Keys beyond this are pruned (only full buckets, which are the same as absent ones). */
    static final int MAX_KEYS = 10_000;

    public record Limits(double requestsPerSecond, int burst) {
        public Limits {
            if (!(requestsPerSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("requests per second must be > 0 and burst >= 1");
            }
        }

        long intervalNanos() {
            return Math.max(1, (long) (TimeUnit.SECONDS.toNanos(1) / requestsPerSecond));
        }
    }

    private final ConcurrentHashMap<String, AtomicLong> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private volatile Settings settings;

    private record Settings(Limits limits, long interval, long capacity) {
        static Settings of(Limits limits) {
            long interval = limits.intervalNanos();
            return new Settings(limits, interval, interval * limits.burst());
        }
    }

    public RateLimiter(Limits limits, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.settings = Settings.of(limits);
    }

    public Limits limits() {
        return settings.limits();
    }

    /** New limits for every key; the buckets start full again. */
    public void setLimits(Limits limits) {
        settings = Settings.of(limits);
        buckets.clear();
    }

    /** Takes one token for the key: 0 when allowed, otherwise how many nanoseconds until the next token. */
    public long tryAcquire(String key) {
        Settings s = settings;
        long now = nanoTime.getAsLong();
        AtomicLong bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= MAX_KEYS) {
                prune(now);
            }
            AtomicLong fresh = new AtomicLong(now);
            bucket = buckets.putIfAbsent(key, fresh);
            if (bucket == null) {
                bucket = fresh;
            }
        }
        while (true) {
            long full = bucket.get();
            long next = Math.max(full, now) + s.interval();
            long wait = next - now - s.capacity();
            if (wait > 0) {
                return wait;
            }
            if (bucket.compareAndSet(full, next)) {
                return 0;
            }
        }
    }

    /** Whole seconds to wait, as for a {@code Retry-After} header: at least 1. */
    public static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    int size() {
        return buckets.size();
    }

    private void prune(long now) {
        buckets.entrySet().removeIf(e -> e.getValue().get() - now <= 0);
    }
}
