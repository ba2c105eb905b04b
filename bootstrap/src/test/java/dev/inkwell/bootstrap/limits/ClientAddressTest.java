package dev.inkwell.bootstrap.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(Optional.of(List.of("10.0.0.0/8", "2001:db8::/32")));

    @Test
    void without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
        ClientAddress direct = new ClientAddress(Optional.empty());
        assertThat(direct.of("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
        assertThat(behindProxies.of("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
    }

    @Test
    void behind_a_trusted_proxy_the_first_untrusted_hop_from_the_right_is_the_client() {
        assertThat(behindProxies.of("10.1.2.3", "203.0.113.1")).isEqualTo("203.0.113.1");
        assertThat(behindProxies.of("10.1.2.3", "1.1.1.1, 203.0.113.1, 10.7.7.7")).isEqualTo("203.0.113.1");
        assertThat(behindProxies.of("2001:db8::1", "2001:db8::2, 2001:db9::5")).isEqualTo("2001:db9::5");
    }

    @Test
    void no_header_garbage_or_only_proxies_fall_back_sensibly() {
        assertThat(behindProxies.of("10.1.2.3", null)).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", " ")).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", "evil.example.com")).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", "10.4.4.4, 10.5.5.5")).isEqualTo("10.4.4.4");
    }

    @Test
    void cidr_prefixes_are_honoured_and_bad_ones_refused() {
        ClientAddress narrow = new ClientAddress(Optional.of(List.of("192.168.1.0/25")));
        assertThat(narrow.of("192.168.1.127", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(narrow.of("192.168.1.128", "203.0.113.9")).isEqualTo("192.168.1.128");
        assertThatThrownBy(() -> new ClientAddress(Optional.of(List.of("10.0.0.0/33")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(Optional.of(List.of("proxy.example.com")))).isInstanceOf(IllegalArgumentException.class);
    }
}
