package nl.schoollibrary.reservations.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Another school system that calls the API with client credentials: its scopes, its one tenant (a school or an
 * organisation) and its bcrypt-hashed secret. Created, given a new secret and disabled by an administrator
 * ({@link IntegrationClientService}); loaded and saved through {@link IntegrationClients}. The list and the view the
 * API shows are read through SQL ({@link IntegrationReads}).
 */
@Entity
@Table(name = "integration_client")
public class IntegrationClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false, updatable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    private String[] scopes;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(nullable = false)
    private boolean active;

    protected IntegrationClient() {
        // for Hibernate
    }

    /** A new, active client of one tenant (exactly one of {@code schoolId} and {@code organisationId}). */
    public static IntegrationClient create(String clientId, String name, Set<String> scopes, Long schoolId,
            Long organisationId, String secretHash) {
        if ((schoolId == null) == (organisationId == null)) {
            throw new IllegalArgumentException("a client has one tenant: a school or an organisation");
        }
        IntegrationClient client = new IntegrationClient();
        client.clientId = clientId;
        client.name = name;
        client.scopes = scopes.toArray(String[]::new);
        client.schoolId = schoolId;
        client.organisationId = organisationId;
        client.secretHash = secretHash;
        client.active = true;
        return client;
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String secretHash() {
        return secretHash;
    }

    /** The school of a client limited to one school; {@code null} for a client of a whole organisation. */
    public Long schoolId() {
        return schoolId;
    }

    /** The organisation of a client of a whole organisation; {@code null} for a client of one school. */
    public Long organisationId() {
        return organisationId;
    }

    public boolean active() {
        return active;
    }

    public List<String> scopes() {
        return List.of(scopes);
    }

    /** A new secret (its hash): the old one stops working. */
    public void rotateSecret(String newSecretHash) {
        this.secretHash = newSecretHash;
    }

    /** No new tokens; the tokens the client has are refused once the cache learns it ({@code ActiveAccounts}). */
    public void disable() {
        this.active = false;
    }

    /**
     * The scopes a token gets: all of the client's, or the requested subset (space-separated, as OAuth 2 sends them).
     * A requested scope the client does not have is FORBIDDEN.
     */
    public List<String> grant(String requested) {
        if (requested == null || requested.isBlank()) {
            return scopes();
        }
        List<String> asked = List.of(requested.trim().split("\\s+"));
        for (String scope : asked) {
            if (!scopes().contains(scope)) {
                throw new ProblemException(ErrorCode.FORBIDDEN, "This client may not use the scope " + scope + ".");
            }
        }
        return asked;
    }
}
