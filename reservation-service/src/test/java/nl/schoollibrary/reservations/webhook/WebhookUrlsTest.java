package nl.schoollibrary.reservations.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the service calls: only public ones, unless the installation allows this machine or private ones. */
class WebhookUrlsTest {

    private static final AppConfig.Webhooks PRODUCTION = rules(false, false);
    private static final AppConfig.Webhooks ON_A_SCHOOL_NETWORK = rules(false, true);
    private static final AppConfig.Webhooks DEVELOPMENT = rules(true, false);

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.0.7", "172.16.0.1", "172.31.255.255", "192.168.1.10", "169.254.169.254",
        "100.64.0.1", "100.127.255.255", "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9",
        "224.0.0.1", "240.0.0.1", "255.255.255.255", "::", "fd00::1", "fc00::1", "fe80::1", "ff02::1",
        "2001:db8::1", "::ffff:10.0.0.1", "::10.0.0.1", "64:ff9b::a00:1"})
    void private_reserved_and_special_addresses_are_not_public(String address) throws UnknownHostException {
        assertThat(WebhookUrls.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "198.20.0.1", "2a00:1450::1",
        "2001:4860:4860::8888"})
    void addresses_on_the_internet_are_public(String address) throws UnknownHostException {
        assertThat(WebhookUrls.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.1/hook", "https://2130706433/hook",
        "https://[::1]/hook", "https://localhost/hook", "https://api.localhost/hook", "https://10.0.0.7/hook",
        "https://169.254.169.254/latest/meta-data", "https://[fd00::1]/hook", "https://[::ffff:192.168.1.1]/hook",
        "https://0.0.0.0/hook"})
    void in_production_a_url_naming_this_machine_or_a_private_address_is_refused(String url) {
        assertThatThrownBy(() -> WebhookUrls.checked(url, PRODUCTION)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.WEBHOOK_URL_INVALID));
    }

    @Test
    void public_addresses_and_names_are_accepted_without_a_lookup() {
        assertThat(WebhookUrls.checked(" https://93.184.216.34/hook ", PRODUCTION))
                .isEqualTo("https://93.184.216.34/hook");
        assertThat(WebhookUrls.checked("https://sis.example.nl/hook", PRODUCTION))
                .isEqualTo("https://sis.example.nl/hook");
        assertThat(WebhookUrls.checked("https://[2a00:1450::1]:8443/hook", PRODUCTION))
                .isEqualTo("https://[2a00:1450::1]:8443/hook");
    }

    @Test
    void a_school_network_installation_may_call_private_addresses_but_not_this_machine_nor_over_http() {
        assertThat(WebhookUrls.checked("https://10.0.0.7/hook", ON_A_SCHOOL_NETWORK))
                .isEqualTo("https://10.0.0.7/hook");
        assertThat(WebhookUrls.checked("https://[fd00::1]/hook", ON_A_SCHOOL_NETWORK))
                .isEqualTo("https://[fd00::1]/hook");
        assertThatThrownBy(() -> WebhookUrls.checked("https://127.0.0.1/hook", ON_A_SCHOOL_NETWORK))
                .isInstanceOf(ProblemException.class).hasMessageContaining("this machine");
        assertThatThrownBy(() -> WebhookUrls.checked("http://10.0.0.7/hook", ON_A_SCHOOL_NETWORK))
                .isInstanceOf(ProblemException.class).hasMessageContaining("must use https");
    }

    @Test
    void development_may_call_this_machine_also_over_http_but_nothing_private() {
        assertThat(WebhookUrls.checked("http://127.0.0.1:9/hook", DEVELOPMENT)).isEqualTo("http://127.0.0.1:9/hook");
        assertThat(WebhookUrls.checked("http://localhost:9/hook", DEVELOPMENT)).isEqualTo("http://localhost:9/hook");
        assertThatThrownBy(() -> WebhookUrls.checked("https://10.0.0.7/hook", DEVELOPMENT))
                .isInstanceOf(ProblemException.class).hasMessageContaining("a private or reserved address (10.0.0.7)");
        assertThatThrownBy(() -> WebhookUrls.checked("http://sis.example.nl/hook", DEVELOPMENT))
                .isInstanceOf(ProblemException.class).hasMessageContaining("must use https");
    }

    @Test
    void a_call_is_not_made_when_the_host_resolves_to_an_address_that_is_not_allowed() {
        assertThat(WebhookUrls.refusedHost("localhost", PRODUCTION)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("not called: localhost resolves to this machine"));
        assertThat(WebhookUrls.refusedHost("localhost", DEVELOPMENT)).isEmpty();
        assertThat(WebhookUrls.refusedHost("10.0.0.7", PRODUCTION))
                .hasValue("not called: 10.0.0.7 resolves to a private or reserved address (10.0.0.7)");
        assertThat(WebhookUrls.refusedHost("10.0.0.7", ON_A_SCHOOL_NETWORK)).isEmpty();
        assertThat(WebhookUrls.refusedHost("geen-host.invalid", PRODUCTION)).hasValue("unknown host geen-host.invalid");
    }

    /** The webhook settings of an installation: its accessors are the interface's methods. */
    private record Rules(Duration timeout, boolean allowHttpLocalhost, boolean allowPrivateAddresses)
            implements AppConfig.Webhooks {
    }

    private static AppConfig.Webhooks rules(boolean allowHttpLocalhost, boolean allowPrivateAddresses) {
        return new Rules(Duration.ofSeconds(1), allowHttpLocalhost, allowPrivateAddresses);
    }
}
