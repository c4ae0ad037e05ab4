package nl.schoollibrary.reservations.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The ways a client can send a request with a body: HTTP/1.1 with a length or chunked, with or without
 * {@code Expect: 100-continue}; HTTP/2 reached by the h2c upgrade (Java's own HttpClient, as a client generated from
 * the contract uses it) or with prior knowledge (Vert.x's client). REST Assured speaks HTTP/1.1 only.
 *
 * <p>Not here: the h2c upgrade of a request with {@code Expect: 100-continue} (curl does that by itself for a body over
 * 1 MiB). Vert.x answers the upgrade with 101 on the request head, before the body, and a client that waits for a 100
 * then has no way left to send its body; RFC 9113 deprecates the h2c upgrade. Java's HttpClient sends no Expect
 * unless asked to.
 *
 * <p>A {@link Session} is one client with one connection: the first request of a session is the one that opens it
 * (for the h2c upgrade, the upgrade request itself carries the body).
 */
public enum Transports {
    HTTP_1_1("HTTP/1.1", Client.JDK, false, false),
    HTTP_1_1_CHUNKED("HTTP/1.1", Client.JDK, true, false),
    HTTP_1_1_EXPECT_CONTINUE("HTTP/1.1", Client.JDK, false, true),
    HTTP_1_1_CHUNKED_EXPECT_CONTINUE("HTTP/1.1", Client.JDK, true, true),
    /**
     * Expect: 100-continue over HTTP/1.1 with Vert.x's client: Java 17's HttpClient waits forever when such a request
     * gets a final answer (a 413) instead of the 100 (fixed in Java 19), so the refusals are checked with this one.
     */
    HTTP_1_1_EXPECT_CONTINUE_VERTX("HTTP/1.1", Client.VERTX, false, true),
    HTTP_2_UPGRADE("HTTP/2", Client.JDK, false, false),
    HTTP_2_UPGRADE_STREAMED("HTTP/2", Client.JDK, true, false),
    HTTP_2_PRIOR_KNOWLEDGE("HTTP/2", Client.VERTX, false, false),
    HTTP_2_PRIOR_KNOWLEDGE_STREAMED("HTTP/2", Client.VERTX, true, false),
    HTTP_2_PRIOR_KNOWLEDGE_EXPECT_CONTINUE("HTTP/2", Client.VERTX, false, true);

    enum Client {
        /** java.net.http (HTTP/2 by the h2c upgrade, as a client generated from the contract uses it). */
        JDK,
        /** Vert.x's client (HTTP/2 with prior knowledge). */
        VERTX
    }

    /** The protocol the answers come in. */
    public final String version;
    private final Client client;
    /** The body is sent without a length: chunked over HTTP/1.1, DATA frames without content-length over HTTP/2. */
    final boolean streamed;
    final boolean expectContinue;

    Transports(String version, Client client, boolean streamed, boolean expectContinue) {
        this.version = version;
        this.client = client;
        this.streamed = streamed;
        this.expectContinue = expectContinue;
    }

    public record Answer(int status, String version, String contentType, String body) {
    }

    /** A client of this kind for the service at {@code base}; close it after the test. */
    public Session open(URI base, Vertx vertx) {
        return client == Client.VERTX ? new VertxSession(this, base, vertx) : new JdkSession(this, base);
    }

    public interface Session extends AutoCloseable {
        /** A request with a JSON body (or none when {@code json} is null). */
        Answer send(String method, String path, String token, String json);

        @Override
        void close();
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final class JdkSession implements Session {
        private final Transports transport;
        private final URI base;
        private final HttpClient client;

        JdkSession(Transports transport, URI base) {
            this.transport = transport;
            this.base = base;
            this.client = HttpClient.newBuilder()
                    .version(transport.version.equals("HTTP/2") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                    .connectTimeout(TIMEOUT).build();
        }

        @Override
        public Answer send(String method, String path, String token, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                request.header("Content-Type", "application/json").expectContinue(transport.expectContinue)
                        .method(method, transport.streamed
                                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                                : HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
            try {
                HttpResponse<String> response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                return new Answer(response.statusCode(),
                        response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1",
                        response.headers().firstValue("Content-Type").orElse(null), response.body());
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException(transport + ": " + method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            // java.net.http.HttpClient closes its connections when it is collected (close() is Java 21).
        }
    }

    private static final class VertxSession implements Session {
        private final Transports transport;
        private final io.vertx.core.http.HttpClient client;

        VertxSession(Transports transport, URI base, Vertx vertx) {
            this.transport = transport;
            this.client = vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(transport.version.equals("HTTP/2") ? HttpVersion.HTTP_2 : HttpVersion.HTTP_1_1)
                    .setHttp2ClearTextUpgrade(false).setDefaultHost(base.getHost()).setDefaultPort(base.getPort()));
        }

        @Override
        public Answer send(String method, String path, String token, String json) {
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(method)).setURI(path)
                    .putHeader("Accept", "application/json, application/problem+json");
            if (token != null) {
                options.putHeader("Authorization", "Bearer " + token);
            }
            Future<Answer> answer = client.request(options).compose(request -> {
                if (json == null) {
                    return request.send();
                }
                Buffer body = Buffer.buffer(json);
                request.putHeader("Content-Type", "application/json");
                if (transport.expectContinue) {
                    request.putHeader("Content-Length", Integer.toString(body.length()))
                            .putHeader("Expect", "100-continue");
                    request.continueHandler(v -> request.end(body));
                    return request.sendHead().compose(v -> request.response());
                }
                if (transport.streamed) {
                    return sendInPieces(request, body);
                }
                return request.putHeader("Content-Length", Integer.toString(body.length())).send(body);
            }).compose(response -> response.body().map(b -> new Answer(response.statusCode(),
                    response.version() == HttpVersion.HTTP_2 ? "HTTP/2" : "HTTP/1.1",
                    response.getHeader("Content-Type"), b.toString())));
            try {
                return answer.toCompletionStage().toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(transport + ": " + method + " " + path + " failed", e);
            }
        }

        /**
         * The head first, without a length, then the body in two pieces. The answer counts, not whether every piece
         * could still be written: a server may answer (and close) before it has read the whole body.
         */
        private static Future<io.vertx.core.http.HttpClientResponse> sendInPieces(HttpClientRequest request, Buffer body) {
            int half = body.length() / 2;
            request.setChunked(true);
            request.write(body.getBuffer(0, half));
            request.end(body.getBuffer(half, body.length()));
            return request.response();
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
