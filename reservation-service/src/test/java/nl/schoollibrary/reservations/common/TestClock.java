package nl.schoollibrary.reservations.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** In the tests the service's one clock is a {@link MovableClock}, so expiry, block end dates and retention can be driven. */
@Singleton
public class TestClock {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return new MovableClock(Clock.system(AppClock.ZONE));
    }
}
