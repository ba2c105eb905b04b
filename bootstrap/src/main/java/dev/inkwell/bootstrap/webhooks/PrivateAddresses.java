package dev.inkwell.bootstrap.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a webhook may not reach unless {@code inkwell.webhooks.allow-private-targets}
 * is on (contract, "Webhooks"): anything that is not a public unicast address — loopback, link
 * local (cloud metadata at 169.254.169.254 among them), private ranges, carrier-grade NAT, "this
 * network", multicast and broadcast, the documentation and benchmarking ranges, and IPv6's
 * unique-local, link-local and site-local ones, IPv4-mapped or -translated addresses judged as
 * the IPv4 address they carry. A host is checked by every address it resolves to (SSRF guard).
 */
public final class PrivateAddresses {

    private PrivateAddresses() {
    }

    public static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPrivateIpv4(b);
        }
        if (address instanceof Inet6Address) {
            if (isEmbeddedIpv4(b)) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                return isPrivate(v4Address(v4));
            }
            int first = b[0] & 0xff;
            return (first & 0xfe) == 0xfc // fc00::/7 unique local
                    || (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8); // 2001:db8::/32
        }
        return true; // an address of no known family is not a public one
    }

    private static boolean isPrivateIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return a0 == 0                                   // 0.0.0.0/8 "this network"
                || a0 == 10                              // 10/8
                || (a0 == 100 && (a1 & 0xc0) == 64)      // 100.64/10 carrier-grade NAT
                || a0 == 127                             // loopback
                || (a0 == 169 && a1 == 254)              // link local, cloud metadata
                || (a0 == 172 && (a1 & 0xf0) == 16)      // 172.16/12
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // 192.0.0/24 protocol, 192.0.2/24 docs
                || (a0 == 192 && a1 == 168)              // 192.168/16
                || (a0 == 198 && (a1 & 0xfe) == 18)      // 198.18/15 benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100)  // 198.51.100/24 docs
                || (a0 == 203 && a1 == 0 && a2 == 113)   // 203.0.113/24 docs
                || a0 >= 224;                            // multicast, reserved, broadcast
    }

    /** ::a.b.c.d (compatible), ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64). */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || compatible || nat64;
    }

    private static InetAddress v4Address(byte[] v4) {
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
