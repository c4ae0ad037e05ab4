package nl.schoollibrary.reservations.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.schoollibrary.reservations.auth.Users;
import nl.schoollibrary.reservations.common.AppConfig;
import org.jboss.logging.Logger;

/**
 * At start (after Flyway has migrated the schema), while no active administrator exists: makes the administrator
 * of the settings, or prints a one-time setup link at WARN — exactly one line containing
 * {@code First administrator: open <portal-url>/setup#token=<token>} (scripts read it). What to do is decided by
 * {@link SetupDecision}; {@link Setup} does it under its lock, so instances starting together make one administrator
 * (each prints a link of its own; any works until the first administrator exists).
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    @Inject Setup setup;
    @Inject Users users;
    @Inject AppConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.setup().onStart()) {
            run();
        }
    }

    /** Does what {@link SetupDecision} says; answers the setup link it printed, if any. */
    String run() {
        AppConfig.Setup settings = config.setup();
        String link = QuarkusTransaction.requiringNew().call(() -> {
            setup.lock();
            SetupDecision.Outcome outcome = SetupDecision.decide(users.activeAdministratorExists(),
                    settings.adminUsername(), settings.adminPasswordFile(), settings.adminDisplayName(),
                    FirstAdministrator::read);
            if (outcome instanceof SetupDecision.CreateAdministrator admin) {
                setup.create(admin.username(), admin.displayName(), admin.password(), "setup-settings");
                LOG.infof("The first administrator, %s, was made from the settings.", admin.username());
                return null;
            }
            if (outcome instanceof SetupDecision.IssueLink) {
                String url = settings.portalUrl().replaceAll("/+$", "");
                return url + "/setup#token=" + setup.newToken();
            }
            return null;
        });
        if (link != null) {
            LOG.warn("First administrator: open " + link);
        }
        return link;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reservation.setup.admin-password-file " + file, e);
        }
    }
}
