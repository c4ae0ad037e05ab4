package nl.schoollibrary.reservations.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service (Europe/Amsterdam): everything that reads the time injects it. In production it is the
 * system clock; the tests replace it with a clock they can move (TestClock, in the test sources).
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
