package nl.schoollibrary.reservations.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the service (Europe/Amsterdam): everything that reads the time injects it, so tests can move it. */
@ApplicationScoped
public class AppClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    @Singleton
    Clock clock() {
        return new MovableClock(Clock.system(ZONE));
    }
}
