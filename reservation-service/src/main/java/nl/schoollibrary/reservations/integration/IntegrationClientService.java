package nl.schoollibrary.reservations.integration;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.schoollibrary.reservations.auth.ActiveAccounts;
import nl.schoollibrary.reservations.auth.LoginThrottle;
import nl.schoollibrary.reservations.auth.PasswordHasher;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.auth.TokenClaims;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientSecret;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientView;
import nl.schoollibrary.reservations.integration.IntegrationDtos.CreateClientRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.TokenResponse;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Integration clients: created by an administrator with scopes and one tenant (a school or an organisation);
 * the secret is hashed with bcrypt and shown once; client-credentials tokens carry the scopes and the tenant.
 * The client is an {@link IntegrationClient} aggregate; what the API shows of it is read through
 * {@link IntegrationReads} after the change.
 */
@ApplicationScoped
public class IntegrationClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IntegrationClients clients;
    private final IntegrationReads reads;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final AppConfig.Auth config;
    private final ActiveAccounts accounts;

    public IntegrationClientService(IntegrationClients clients, IntegrationReads reads, PasswordHasher hasher,
            LoginThrottle throttle, Clock clock, AppConfig config, ActiveAccounts accounts) {
        this.clients = clients;
        this.reads = reads;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.config = config.auth();
        this.accounts = accounts;
    }

    @Transactional
    public ClientSecret create(CreateClientRequest request) {
        if ((request.schoolId() == null) == (request.organisationId() == null)) {
            throw ProblemException.invalid("schoolId", "give either schoolId or organisationId");
        }
        Set<String> scopes = new TreeSet<>(request.scopes());
        for (String scope : scopes) {
            if (!IntegrationDtos.SCOPES.contains(scope)) {
                throw ProblemException.invalid("scopes", "unknown scope " + scope + "; known: "
                        + String.join(", ", new TreeSet<>(IntegrationDtos.SCOPES)));
            }
        }
        boolean tenantExists = request.organisationId() != null ? reads.organisationExists(request.organisationId())
                : reads.organisationOfSchool(request.schoolId()).isPresent();
        if (!tenantExists) {
            throw ProblemException.invalid(request.schoolId() != null ? "schoolId" : "organisationId",
                    "no such " + (request.schoolId() != null ? "school" : "organisation"));
        }
        if (clients.byClientId(request.clientId()).isPresent()) {
            throw taken(request.clientId());
        }
        String secret = newSecret();
        IntegrationClient client = IntegrationClient.create(request.clientId(), request.name().strip(), scopes,
                request.schoolId(), request.organisationId(), hasher.hash(secret));
        try {
            clients.persistAndFlush(client);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                // Created by someone else since the check above.
                throw taken(request.clientId());
            }
            throw e;
        }
        return new ClientSecret(view(client.id()), secret);
    }

    @Transactional
    public ClientSecret rotate(long id) {
        String secret = newSecret();
        lockedClient(id).rotateSecret(hasher.hash(secret));
        return new ClientSecret(view(id), secret);
    }

    @Transactional
    public ClientView disable(long id) {
        lockedClient(id).disable();
        // Tokens the client already has stop working on this instance when this commits (others: within the cache).
        accounts.clientChanged(id);
        return view(id);
    }

    /** OAuth 2 client credentials: a token with the client's scopes (or the requested subset) and its tenant. */
    public TokenResponse token(String grantType, String clientId, String secret, String requestedScope) {
        if (!"client_credentials".equals(grantType)) {
            throw ProblemException.invalid("grant_type", "must be client_credentials");
        }
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw ProblemException.invalid("client_id", "client_id and client_secret are required");
        }
        String key = "client:" + clientId.strip();
        throttle.lockedFor(key).ifPresent(d -> {
            throw tooMany(d);
        });
        Optional<IntegrationClient> found = clients.byClientId(clientId.strip());
        boolean ok = found.isPresent() ? hasher.matches(secret, found.get().secretHash()) : dummy(secret);
        if (!ok) {
            // The failure that locks the client is answered like every later attempt while locked: 429.
            throttle.recordFailure(key).ifPresent(d -> {
                throw tooMany(d);
            });
            throw new ProblemException(ErrorCode.INVALID_CREDENTIALS, "Unknown client or wrong secret.");
        }
        IntegrationClient client = found.get();
        // Told only to whoever knows the secret: a wrong secret for a disabled client is INVALID_CREDENTIALS.
        if (!client.active()) {
            throw new ProblemException(ErrorCode.ACCOUNT_DISABLED,
                    "This integration client is disabled. Ask an administrator of your library organisation.");
        }
        List<String> granted = client.grant(requestedScope);
        long organisationId = client.organisationId() != null ? client.organisationId()
                : reads.organisationOfSchool(client.schoolId()).orElseThrow();
        Instant now = clock.instant();
        var claims = Jwt.issuer(config.issuer()).subject(Long.toString(client.id())).upn(client.clientId())
                .groups(Set.of(Role.INTEGRATION_ROLE)).claim(TokenClaims.SCOPE, String.join(" ", granted))
                .claim(TokenClaims.ORGANISATION_ID, organisationId).issuedAt(now)
                .expiresAt(now.plus(config.tokenLifetime()));
        if (client.schoolId() != null) {
            claims.claim(TokenClaims.SCHOOL_ID, client.schoolId());
        }
        return new TokenResponse(claims.jws().keyId("reservations").sign(), "Bearer",
                config.tokenLifetime().toSeconds(), String.join(" ", granted));
    }

    /** The client, locked; NOT_FOUND when there is none. */
    private IntegrationClient lockedClient(long id) {
        return clients.lock(id).orElseThrow(() -> ProblemException.notFound("Integration client", id));
    }

    private ClientView view(long id) {
        return reads.client(id).orElseThrow(() -> ProblemException.notFound("Integration client", id));
    }

    private static ProblemException taken(String clientId) {
        return new ProblemException(ErrorCode.CONFLICT, "Client id " + clientId + " is taken.");
    }

    private static ProblemException tooMany(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ProblemException(ErrorCode.TOO_MANY_ATTEMPTS, "Too many failed attempts for this client. Try again in "
                + seconds + " seconds.", List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }

    private boolean dummy(String secret) {
        hasher.matchAgainstDummy(secret);
        return false;
    }

    private static String newSecret() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
