package nl.schoollibrary.reservations.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * The rule for a webhook URL: absolute https, a host, no user name or password, no fragment, at most 2000
 * characters; plain http only to this machine (127.0.0.1, localhost, [::1]) when
 * {@code reservation.webhooks.allow-http-localhost} is on (development and tests). Else 400 WEBHOOK_URL_INVALID.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private WebhookUrls() {
    }

    /** The URL as it is stored and called (surrounding white space removed). */
    static String checked(String url, boolean allowHttpLocalhost) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw invalid("give the URL the events are sent to");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid("at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid("must be an absolute https:// URL");
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid("must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            throw invalid("must not hold a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("must not have a fragment (#…)");
        }
        if (scheme.equals("http")) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (!allowHttpLocalhost || !LOCAL_HOSTS.contains(host)) {
                throw invalid("must use https");
            }
        }
        return text;
    }

    /** The host of a stored URL (for events and logs: never the path or query, which may carry a token). */
    static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(ErrorCode.WEBHOOK_URL_INVALID, "The webhook URL is not accepted: " + message + ".",
                List.of(new Problem.FieldError("url", message)), Map.of());
    }
}
