package nl.schoollibrary.reservations.integration;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.ActiveAccounts;
import nl.schoollibrary.reservations.auth.LoginThrottle;
import nl.schoollibrary.reservations.auth.PasswordHasher;
import nl.schoollibrary.reservations.auth.TokenClaims;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Jdbc;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientSecret;
import nl.schoollibrary.reservations.integration.IntegrationDtos.ClientView;
import nl.schoollibrary.reservations.integration.IntegrationDtos.CreateClientRequest;
import nl.schoollibrary.reservations.integration.IntegrationDtos.TokenResponse;

/**
 * Integration clients: created by an administrator with scopes and one tenant (a school or an organisation);
 * the secret is hashed with bcrypt and shown once; client-credentials tokens carry the scopes and the tenant.
 */
@ApplicationScoped
public class IntegrationClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbc jdbc;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final AppConfig.Auth config;
    private final ActiveAccounts accounts;

    public IntegrationClients(Jdbc jdbc, PasswordHasher hasher, LoginThrottle throttle, Clock clock, AppConfig config,
            ActiveAccounts accounts) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.config = config.auth();
        this.accounts = accounts;
    }

    public List<ClientView> list(Actor actor) {
        return jdbc.list(SELECT + " WHERE coalesce(c.organisation_id, s.organisation_id) = ? ORDER BY c.client_id",
                IntegrationClients::view, actor.organisationId());
    }

    @Transactional
    public ClientSecret create(Actor actor, CreateClientRequest request) {
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
        boolean ownTenant = request.organisationId() != null ? request.organisationId().equals(actor.organisationId())
                : jdbc.count("SELECT count(*) FROM school WHERE id = ? AND organisation_id = ?", request.schoolId(),
                        actor.organisationId()) > 0;
        if (!ownTenant) {
            throw ProblemException.invalid(request.schoolId() != null ? "schoolId" : "organisationId",
                    "must be your organisation or one of its schools");
        }
        String secret = newSecret();
        long id;
        try {
            id = jdbc.one("INSERT INTO integration_client (client_id, secret_hash, name, scopes, school_id, organisation_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1), request.clientId(),
                    hasher.hash(secret), request.name().strip(), scopes.toArray(String[]::new), request.schoolId(),
                    request.organisationId()).orElseThrow();
        } catch (Jdbc.UniqueViolation e) {
            throw new ProblemException(ErrorCode.CONFLICT, "Client id " + request.clientId() + " is taken.");
        }
        return new ClientSecret(get(actor, id), secret);
    }

    @Transactional
    public ClientSecret rotate(Actor actor, long id) {
        get(actor, id);
        String secret = newSecret();
        jdbc.update("UPDATE integration_client SET secret_hash = ? WHERE id = ?", hasher.hash(secret), id);
        return new ClientSecret(get(actor, id), secret);
    }

    @Transactional
    public ClientView setActive(Actor actor, long id, boolean active) {
        get(actor, id);
        jdbc.update("UPDATE integration_client SET active = ? WHERE id = ?", active, id);
        // Tokens the client already has stop working on this instance when this commits (others: within the cache).
        accounts.clientChanged(id);
        return get(actor, id);
    }

    public ClientView get(Actor actor, long id) {
        return jdbc.one(SELECT + " WHERE c.id = ? AND coalesce(c.organisation_id, s.organisation_id) = ?",
                IntegrationClients::view, id, actor.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Integration client", id));
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
        record Row(long id, String clientId, String hash, List<String> scopes, Long schoolId, Long orgId,
                boolean active) {
        }
        Optional<Row> row = jdbc.one("SELECT c.id, c.client_id, c.secret_hash, c.scopes, c.school_id,"
                + " coalesce(c.organisation_id, s.organisation_id), c.active FROM integration_client c"
                + " LEFT JOIN school s ON s.id = c.school_id WHERE c.client_id = ?", rs -> {
                    Array scopes = rs.getArray(4);
                    return new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            List.of((String[]) scopes.getArray()), rs.getObject(5, Long.class), rs.getLong(6),
                            rs.getBoolean(7));
                }, clientId.strip());
        boolean ok = row.isPresent() ? hasher.matches(secret, row.get().hash()) : dummy(secret);
        if (!ok) {
            // The failure that locks the client is answered like every later attempt while locked: 429.
            throttle.recordFailure(key).ifPresent(d -> {
                throw tooMany(d);
            });
            throw new ProblemException(ErrorCode.INVALID_CREDENTIALS, "Unknown client or wrong secret.");
        }
        Row client = row.get();
        // Told only to whoever knows the secret: a wrong secret for a disabled client is INVALID_CREDENTIALS.
        if (!client.active()) {
            throw new ProblemException(ErrorCode.ACCOUNT_DISABLED,
                    "This integration client is disabled. Ask an administrator of your library organisation.");
        }
        List<String> granted = new ArrayList<>(client.scopes());
        if (requestedScope != null && !requestedScope.isBlank()) {
            List<String> requested = List.of(requestedScope.trim().split("\\s+"));
            for (String scope : requested) {
                if (!granted.contains(scope)) {
                    throw new ProblemException(ErrorCode.FORBIDDEN, "This client may not use the scope " + scope + ".");
                }
            }
            granted = requested;
        }
        Instant now = clock.instant();
        var claims = Jwt.issuer(config.issuer()).subject(Long.toString(client.id())).upn(client.clientId())
                .groups(Set.of("INTEGRATION")).claim(TokenClaims.SCOPE, String.join(" ", granted))
                .claim(TokenClaims.ORGANISATION_ID, client.orgId()).issuedAt(now)
                .expiresAt(now.plus(config.tokenLifetime()));
        if (client.schoolId() != null) {
            claims.claim(TokenClaims.SCHOOL_ID, client.schoolId());
        }
        return new TokenResponse(claims.jws().keyId("reservations").sign(), "Bearer",
                config.tokenLifetime().toSeconds(), String.join(" ", granted));
    }

    private static ProblemException tooMany(java.time.Duration retryAfter) {
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

    private static final String SELECT = "SELECT c.id, c.client_id, c.name, c.scopes, c.school_id, c.organisation_id,"
            + " c.active, c.created_at FROM integration_client c LEFT JOIN school s ON s.id = c.school_id";

    private static ClientView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ClientView(rs.getLong(1), rs.getString(2), rs.getString(3), List.of((String[]) rs.getArray(4).getArray()),
                rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getBoolean(7),
                rs.getTimestamp(8).toInstant());
    }
}
