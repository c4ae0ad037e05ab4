package nl.schoollibrary.reservations.webhook;

import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the webhook tests start from: a receiver in the test JVM for the whole class, and for every test an
 * organisation of its own (so no other test's events reach its endpoints) with its administrator's token and the row
 * id of its integration client.
 */
abstract class WebhookTenantTest {

    static WebhookReceiver receiver;
    Organisations.Organisation org;
    String admin;
    long orgClient;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void freshTenant() {
        Fixtures.world();
        org = Organisations.fresh();
        admin = Tokens.login(org.admin());
        orgClient = clientRowId(org.clientId());
    }

    static long clientRowId(String clientId) {
        return TestDatabase.count("SELECT id FROM integration_client WHERE client_id = ?", clientId);
    }
}
