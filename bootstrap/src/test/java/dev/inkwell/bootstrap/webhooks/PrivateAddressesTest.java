package dev.inkwell.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255",
            "172.16.0.1", "172.31.255.254", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254",
            "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1",
            "239.255.255.250", "240.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1",
            "fec0::1", "ff02::1", "2001:db8::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
            "::127.0.0.1", "64:ff9b::a9fe:a9fe"})
    void non_public_addresses_are_private(String address) throws Exception {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "192.169.0.1", "169.253.0.1", "198.17.255.255", "198.20.0.1", "223.255.255.254",
            "2606:4700:4700::1111", "2a00:1450:4001:81b::200e", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void public_unicast_addresses_are_not(String address) throws Exception {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
    }

    @Test
    void a_literal_is_judged_without_a_lookup() throws Exception {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 0, 1})))
                .isTrue();
    }
}
