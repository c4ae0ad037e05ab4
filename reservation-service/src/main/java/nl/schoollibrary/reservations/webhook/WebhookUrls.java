package nl.schoollibrary.reservations.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * The rule for a webhook URL: absolute https, a host, no user name or password, no fragment, at most 2000
 * characters. The service calls only public addresses: a URL naming this machine (127.0.0.1, localhost, [::1]) is
 * accepted only when {@code reservation.webhooks.allow-http-localhost} is on (development and tests, then also over
 * plain http), one naming a private, link-local or other non-public address only when
 * {@code reservation.webhooks.allow-private-addresses} is on. Else 400 WEBHOOK_URL_INVALID.
 *
 * <p>A host name is not looked up when the URL is registered (it may not resolve yet); every call looks it up and is
 * not made when an address it resolves to is not allowed ({@link #refusedAddress}). The call that follows uses the
 * lookup the JVM has just cached, so a name cannot point elsewhere between the check and the call.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;
    /** A host that is an address, not a name: IPv4 in any form the JVM reads as one, or IPv6 in brackets. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9a-fA-F:.%]+]");

    /** Blocks that are not on the public internet beyond those {@link InetAddress} names itself (RFC 6890). */
    private static final List<Block> NOT_PUBLIC = Stream.of(
            "0.0.0.0/8",                                            // this network
            "100.64.0.0/10",                                        // shared address space (carrier-grade NAT)
            "192.0.0.0/24",                                         // IETF protocol assignments
            "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", // documentation
            "198.18.0.0/15",                                        // benchmarking
            "240.0.0.0/4",                                          // reserved, and the broadcast address
            "fc00::/7",                                             // unique local
            "::/96",                                                // IPv4-compatible: hides an IPv4 address
            "64:ff9b::/96")                                         // NAT64: hides an IPv4 address
            .map(Block::of).toList();

    private WebhookUrls() {
    }

    /** The URL as it is stored and called (surrounding white space removed). */
    static String checked(String url, AppConfig.Webhooks rules) {
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
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean thisMachine = host.equals("localhost") || host.endsWith(".localhost");
        if (!thisMachine && ADDRESS_LITERAL.matcher(host).matches()) {
            InetAddress address = literal(host);
            Optional<String> refused = refusedAddress(address, rules);
            if (refused.isPresent()) {
                throw invalid("must not point to " + refused.get());
            }
            thisMachine = address.isLoopbackAddress();
        } else if (thisMachine && !rules.allowHttpLocalhost()) {
            throw invalid("must not point to this machine");
        }
        if (scheme.equals("http") && !(thisMachine && rules.allowHttpLocalhost())) {
            throw invalid("must use https");
        }
        return text;
    }

    /**
     * Why the service does not call this address ("a private address (10.0.0.7)"), or empty when it may. Loopback
     * only with {@code allow-http-localhost}; every other address that is not public only with
     * {@code allow-private-addresses}.
     */
    static Optional<String> refusedAddress(InetAddress address, AppConfig.Webhooks rules) {
        String shown = address.getHostAddress();
        if (address.isLoopbackAddress()) {
            return rules.allowHttpLocalhost() ? Optional.empty()
                    : Optional.of("this machine (" + shown + ")");
        }
        return isPublic(address) || rules.allowPrivateAddresses() ? Optional.empty()
                : Optional.of("a private or reserved address (" + shown + ")");
    }

    /** Why a call to this host is not made (see {@link #refusedAddress}), or empty; an unknown host says so. */
    static Optional<String> refusedHost(String host, AppConfig.Webhooks rules) {
        if (host == null || host.isEmpty()) {
            return Optional.of("no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusedAddress(address, rules);
            if (refused.isPresent()) {
                return Optional.of("not called: " + host + " resolves to " + refused.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the address is on the public internet: not unspecified, loopback, link-local, private (RFC 1918),
     * multicast (what {@link InetAddress} says itself), nor in one of the blocks of {@link #NOT_PUBLIC}.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return NOT_PUBLIC.stream().noneMatch(block -> block.contains(bytes));
    }

    /** A block of addresses in CIDR notation ({@code 100.64.0.0/10}). */
    private record Block(byte[] network, int prefix) {

        static Block of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                return new Block(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
                        Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int mask = 0xff << (8 - prefix % 8);
            return prefix % 8 == 0 || ((address[whole] ^ network[whole]) & mask) == 0;
        }
    }

    /** The host of a stored URL (for events and logs: never the path or query, which may carry a token). */
    static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An address literal as the JVM reads it (no lookup: it is an address); not one the JVM reads: refused. */
    private static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw invalid("not a valid address");
        }
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(ErrorCode.WEBHOOK_URL_INVALID, "The webhook URL is not accepted: " + message + ".",
                List.of(new Problem.FieldError("url", message)), Map.of());
    }
}
