package nl.schoollibrary.reservations.robustness;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends requests exactly as given (raw path and query, any body bytes, a Content-Type or none), which REST Assured
 * does not: it encodes paths and adds a Content-Type to every body.
 */
final class Http {

    record Answer(int status, String contentType, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    /** {@code rawPathAndQuery} is sent as it is: percent-encode what needs it. */
    static Answer send(String method, String rawPathAndQuery, String token, String contentType, byte[] body) {
        return send(method, rawPathAndQuery, token, contentType, body, Map.of());
    }

    /** With headers of its own ({@code Accept} replaces the default application/json). */
    static Answer send(String method, String rawPathAndQuery, String token, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + rawPathAndQuery))
                .timeout(Duration.ofSeconds(Long.getLong("fuzz.timeout", 15))).header("Accept", headers.getOrDefault("Accept", "application/json"));
        headers.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + rawPathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer send(String method, String rawPathAndQuery, String token, String contentType, String body) {
        return send(method, rawPathAndQuery, token, contentType, body == null ? null
                : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Percent-encodes every character but the unreserved ones (RFC 3986), so control characters arrive as %00. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
