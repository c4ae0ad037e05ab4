package nl.schoollibrary.reservations.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's own settings (prefix {@code reservation}); every one can be overridden by environment variable. */
@ConfigMapping(prefix = "reservation")
public interface AppConfig {

    /** Load the demo data set into an empty database at start (the run command sets this). */
    @WithDefault("false")
    boolean demoData();

    Auth auth();

    interface Auth {
        /** Issuer of the access tokens (also verified). */
        @WithDefault("https://schoollibrary.nl/reservations")
        String issuer();

        /** Lifetime of an access token. */
        @WithDefault("PT30M")
        Duration tokenLifetime();

        /** Failed logins for one username within {@link #failureWindow()} before it is locked. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration failureWindow();

        /** How long a username stays locked after too many failures. */
        @WithDefault("PT5M")
        Duration lockDuration();

        /** bcrypt cost for new password hashes. */
        @WithDefault("10")
        int bcryptCost();
    }
}
