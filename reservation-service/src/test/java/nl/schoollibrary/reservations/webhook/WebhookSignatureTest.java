package nl.schoollibrary.reservations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Signing as the Standard Webhooks specification has it, checked against its published example. */
class WebhookSignatureTest {

    // The example of the Standard Webhooks specification and its reference libraries.
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signing_the_specifications_example_gives_its_published_signature() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
        // The prefix is optional, as in the reference libraries.
        assertThat(WebhookSignature.sign(SPEC_SECRET.substring(6), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void verify_accepts_the_published_signature_also_among_others_and_refuses_any_change() {
        assertThat(WebhookSignature.verify(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, SPEC_SIGNATURE)).isTrue();
        assertThat(WebhookSignature.verify(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY,
                "v1,bm9wZQ== v2,abc " + SPEC_SIGNATURE)).isTrue();
        assertThat(WebhookSignature.verify(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY + " ", SPEC_SIGNATURE))
                .isFalse();
        assertThat(WebhookSignature.verify(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY, SPEC_SIGNATURE))
                .isFalse();
        assertThat(WebhookSignature.verify(SPEC_SECRET, "msg_other", SPEC_TIMESTAMP, SPEC_BODY, SPEC_SIGNATURE))
                .isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY,
                SPEC_SIGNATURE)).isFalse();
        assertThat(WebhookSignature.verify(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY,
                "v2," + SPEC_SIGNATURE.substring(3))).isFalse();
        assertThat(WebhookSignature.verify(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, "v1,not base64!"))
                .isFalse();
        assertThat(WebhookSignature.verify(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, null)).isFalse();
    }

    @Test
    void a_new_secret_is_whsec_and_32_random_bytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void the_signature_is_over_the_utf8_bytes_of_the_body() {
        String secret = WebhookSignature.newSecret();
        String body = "{\"title\":\"De reis van Ümit — één\"}";
        String signature = WebhookSignature.sign(secret, "evt_1", 1700000000L, body);
        assertThat(WebhookSignature.verify(secret, "evt_1", 1700000000L, body, signature)).isTrue();
        assertThat(WebhookSignature.verify(secret, "evt_1", 1700000000L, body.replace('Ü', 'U'), signature)).isFalse();
    }
}
