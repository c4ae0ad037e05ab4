package nl.schoollibrary.reservations.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket per client (ADR 0004), with a hand-moved clock. */
class RateLimiterTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    private RateLimiter limiter(double perSecond, int burst) {
        return new RateLimiter(new RateLimiter.Limits(perSecond, burst), now::get);
    }

    @Test
    void a_new_client_may_make_its_whole_burst_at_once_and_no_more() {
        RateLimiter limiter = limiter(2, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("a")).as("request %d", i + 1).isZero();
        }
        assertThat(limiter.tryAcquire("a")).isPositive();
    }

    @Test
    void tokens_come_back_at_the_sustained_rate() {
        RateLimiter limiter = limiter(2, 3);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("a")).isEqualTo(SECOND / 2);
        now.addAndGet(SECOND / 2);
        assertThat(limiter.tryAcquire("a")).isZero();
        assertThat(limiter.tryAcquire("a")).isPositive();
        now.addAndGet(10 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).as("the bucket refills to its size, not beyond").isZero();
        }
        assertThat(limiter.tryAcquire("a")).isPositive();
    }

    @Test
    void a_refused_request_costs_no_token() {
        RateLimiter limiter = limiter(1, 1);
        limiter.tryAcquire("a");
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("a")).isEqualTo(SECOND);
        }
        now.addAndGet(SECOND);
        assertThat(limiter.tryAcquire("a")).isZero();
    }

    @Test
    void each_client_has_its_own_bucket() {
        RateLimiter limiter = limiter(1, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");
        assertThat(limiter.tryAcquire("a")).isPositive();
        assertThat(limiter.tryAcquire("b")).isZero();
        assertThat(limiter.tryAcquire("b")).isZero();
    }

    @Test
    void retry_after_is_whole_seconds_rounded_up_and_at_least_one() {
        assertThat(RateLimiter.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(SECOND)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(SECOND + 1)).isEqualTo(2);
        assertThat(RateLimiter.retryAfterSeconds(3600 * SECOND)).isEqualTo(3600);
    }

    @Test
    void new_limits_apply_at_once_with_full_buckets() {
        RateLimiter limiter = limiter(1, 1);
        limiter.tryAcquire("a");
        assertThat(limiter.tryAcquire("a")).isPositive();
        limiter.setLimits(new RateLimiter.Limits(1, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).isZero();
        }
    }

    @Test
    void limits_must_be_positive() {
        assertThatThrownBy(() -> new RateLimiter.Limits(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter.Limits(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter.Limits(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void full_buckets_are_pruned_when_there_are_too_many_clients() {
        RateLimiter limiter = limiter(1, 1);
        for (int i = 0; i < RateLimiter.MAX_KEYS; i++) {
            limiter.tryAcquire("client-" + i);
        }
        now.addAndGet(2 * SECOND);
        limiter.tryAcquire("one-more");
        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void concurrent_requests_of_one_client_never_get_more_than_the_burst() throws InterruptedException {
        RateLimiter limiter = limiter(0.001, 100);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < 1_000; i++) {
                    if (limiter.tryAcquire("a") == 0) {
                        allowed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(allowed.get()).isEqualTo(100);
    }
}
