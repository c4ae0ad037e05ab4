package nl.schoollibrary.reservations.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.junit.jupiter.api.Test;

/** The client aggregate keeps its rules: one tenant, tokens only with its own scopes, a new secret, disabling. */
class IntegrationClientTest {

    private static IntegrationClient schoolClient() {
        return IntegrationClient.create("wegwijzer-sis", "Leerlingadministratie", new TreeSet<>(Set.of("students:write",
                "events:read")), 7L, null, "hash-1");
    }

    @Test
    void a_new_client_is_active_with_its_scopes_and_one_tenant() {
        IntegrationClient client = schoolClient();
        assertThat(client.active()).isTrue();
        assertThat(client.scopes()).containsExactly("events:read", "students:write");
        assertThat(client.schoolId()).isEqualTo(7L);
        assertThat(client.organisationId()).isNull();
        assertThatThrownBy(() -> IntegrationClient.create("x-y-z", "Both", Set.of("events:read"), 7L, 3L, "hash"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntegrationClient.create("x-y-z", "None", Set.of("events:read"), null, null, "hash"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_token_gets_every_scope_or_the_requested_subset_and_never_another() {
        IntegrationClient client = schoolClient();
        assertThat(client.grant(null)).containsExactly("events:read", "students:write");
        assertThat(client.grant("  ")).containsExactly("events:read", "students:write");
        assertThat(client.grant(" events:read ")).containsExactly("events:read");
        assertThatThrownBy(() -> client.grant("events:read loans:read"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void rotating_replaces_the_secret_and_disabling_ends_it() {
        IntegrationClient client = schoolClient();
        client.rotateSecret("hash-2");
        assertThat(client.secretHash()).isEqualTo("hash-2");
        client.disable();
        assertThat(client.active()).isFalse();
    }
}
