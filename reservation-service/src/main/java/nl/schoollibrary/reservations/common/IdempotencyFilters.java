package nl.schoollibrary.reservations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on POSTs that create or change (reservations, check-ins, check-outs, imports, …): the first
 * answer is stored per caller and key and returned again for a retry (header {@code Idempotent-Replayed: true});
 * the same key with a different body is refused with IDEMPOTENCY_KEY_REUSED; a retry while the first request is
 * still running gets CONFLICT. Server errors are not stored, so a retry after one runs again. A key left unfinished by
 * a request that stopped (its instance killed, its answer not kept) is taken over by the retry ({@link IdempotencyKeys}).
 * An answer marked {@code Cache-Control: no-store} holds a secret shown once and is not stored either.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    private static final String PROPERTY = "idempotency";

    private final IdempotencyKeys keys;
    private final IdempotentRetry retry;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final RoutingContext routing;

    public IdempotencyFilters(IdempotencyKeys keys, IdempotentRetry retry, ObjectMapper mapper,
            SecurityIdentity identity, RoutingContext routing) {
        this.keys = keys;
        this.retry = retry;
        this.mapper = mapper;
        this.identity = identity;
        this.routing = routing;
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || identity.isAnonymous()) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (key.isBlank() || key.length() > 100) {
            return Optional.of(problem(ErrorCode.VALIDATION_FAILED, "The Idempotency-Key header must be 1 to 100 "
                    + "characters.", path));
        }
        byte[] body;
        try {
            body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String actor = identity.getPrincipal().getName() + "/" + String.join(",", identity.getRoles());
        String hash = sha256(request.getMethod() + " " + path + "\n" + new String(body, StandardCharsets.UTF_8));
        IdempotencyKeys.Outcome outcome = keys.claim(actor, key, request.getMethod(), path, hash);
        if (outcome.claim() != null) {
            IdempotencyKeys.Claim claim = outcome.claim();
            request.setProperty(PROPERTY, claim);
            routing.addEndHandler(ended -> keys.ended(claim));
            if (claim.takenOver()) {
                retry.tookOver(claim.firstTriedAt());
            }
            return Optional.empty();
        }
        IdempotencyKeys.Stored stored = outcome.answer();
        if (stored != null && !stored.requestHash().equals(hash)) {
            return Optional.of(problem(ErrorCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for a "
                    + "different request.", path));
        }
        if (stored == null || stored.status() == null) {
            return Optional.of(problem(ErrorCode.CONFLICT, "A request with this Idempotency-Key is still in progress.",
                    path));
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.response() != null) {
            replay.entity(stored.response()).type(stored.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON);
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PROPERTY) instanceof IdempotencyKeys.Claim claim)) {
            return;
        }
        String cacheControl = response.getHeaderString("Cache-Control");
        if (response.getStatus() >= 500 || (cacheControl != null && cacheControl.contains("no-store"))) {
            // A server error is not kept, and neither is an answer carrying a secret (a temporary password, start
            // codes, tokens): a retry runs again.
            keys.release(claim);
            return;
        }
        String body;
        try {
            body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys.finish(claim, response.getStatus(), body);
    }

    private static Response problem(ErrorCode code, String detail, String path) {
        return ProblemResponses.build(code, detail, path, List.of(), Map.of());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
