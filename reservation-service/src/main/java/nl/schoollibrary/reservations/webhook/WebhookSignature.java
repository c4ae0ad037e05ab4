package nl.schoollibrary.reservations.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of webhook calls as the Standard Webhooks specification has them (https://www.standardwebhooks.com):
 * the secret is {@code whsec_} followed by the base64 of the key bytes; the signed content is
 * {@code {webhook-id}.{webhook-timestamp}.{body}}; the {@code webhook-signature} header is {@code v1,} followed by the
 * base64 of its HMAC-SHA256, several separated by spaces (a receiver accepts the call when one of them matches).
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1,";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: {@code whsec_} and base64 of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for one call: {@code v1,<base64 HMAC-SHA256>}. */
    public static String sign(String secret, String webhookId, long timestamp, String body) {
        return VERSION + Base64.getEncoder().encodeToString(hmac(secret, webhookId, timestamp, body));
    }

    /**
     * Whether one of the signatures of the header (space-separated {@code v1,…}) is that of the content, compared in
     * constant time. Unknown versions and malformed entries are ignored; the timestamp's age is the caller's check.
     */
    public static boolean verify(String secret, String webhookId, long timestamp, String body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = hmac(secret, webhookId, timestamp, body);
        boolean matched = false;
        for (String candidate : header.trim().split("\\s+")) {
            if (!candidate.startsWith(VERSION)) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(VERSION.length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // No early exit: every candidate is compared.
            matched |= MessageDigest.isEqual(expected, given);
        }
        return matched;
    }

    /** The key bytes of a secret ({@code whsec_} is optional, as in the reference libraries). */
    static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }

    private static byte[] hmac(String secret, String webhookId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            return mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
