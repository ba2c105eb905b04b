package dev.inkwell.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.domain.webhook.WebhookUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard with the production default (private targets refused), and with them allowed. */
class WebhookTargetGuardTest {

    private final WebhookTargetGuard production = new WebhookTargetGuard(false);
    private final WebhookTargetGuard allowing = new WebhookTargetGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/x", "http://127.0.0.1:8080/x", "http://[::1]/x", "http://10.1.2.3/x",
            "http://192.168.0.10/x", "http://172.16.5.5/x", "http://169.254.169.254/latest/meta-data/",
            "http://[fd00::1]/x", "http://[::ffff:127.0.0.1]/x", "http://0.0.0.0/x", "http://100.64.0.1/x"})
    void loopback_link_local_and_private_targets_are_refused_by_default(String url) {
        assertThat(production.refusal(WebhookUrl.of(url))).hasValueSatisfying(reason ->
                assertThat(reason).contains("loopback, link-local or private").contains("allow-private-targets"));
        assertThat(production.resolve(WebhookUrl.of(url).value()).address()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/x", "http://localhost/x", "http://10.1.2.3/x"})
    void they_are_allowed_when_private_targets_are(String url) {
        assertThat(allowing.refusal(WebhookUrl.of(url))).isEmpty();
        assertThat(allowing.resolve(WebhookUrl.of(url).value()).address()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "http://[2606:4700:4700::1111]/hook", "http://8.8.8.8/"})
    void public_addresses_are_allowed(String url) {
        assertThat(production.refusal(WebhookUrl.of(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://no-such-host.invalid/hook", "http://nothing-here.invalid:81/"})
    void a_host_that_does_not_resolve_is_refused_either_way(String url) {
        assertThat(production.refusal(WebhookUrl.of(url))).hasValueSatisfying(r -> assertThat(r).contains("does not resolve"));
        assertThat(allowing.refusal(WebhookUrl.of(url))).isPresent();
    }
}
