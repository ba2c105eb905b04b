package dev.inkwell.bootstrap.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The client address the per-address limits count against: the TCP peer, or, when the peer is a
 * trusted proxy ({@code inkwell.trusted-proxies}, CIDRs), the first untrusted hop of
 * {@code X-Forwarded-For} read from the right. A client can prepend anything to that header;
 * it can not make a trusted proxy append a false peer.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern LIST = Pattern.compile("\\s*,\\s*");

    private final List<Cidr> trusted;

    public ClientAddress(@ConfigProperty(name = "inkwell.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.trusted = new ArrayList<>();
        trustedProxies.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(Cidr::parse).forEach(trusted::add);
    }

    public String of(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = LIST.split(forwardedFor.strip());
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i];
            if (!isIpLiteral(hop)) {
                return peer; // garbage in the header: the peer is what we know
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0]; // every hop is one of our proxies
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }

    private static boolean isIpLiteral(String text) {
        return text.matches("[0-9.]+") && text.chars().filter(c -> c == '.').count() == 3
                || text.matches("[0-9a-fA-F:.]+") && text.contains(":");
    }

    /** An address range in CIDR notation (a single address without a prefix length). */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            if (!isIpLiteral(parts[0])) {
                throw new IllegalArgumentException("inkwell.trusted-proxies: not an IP address or CIDR: " + text);
            }
            byte[] address = bytes(parts[0]);
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("inkwell.trusted-proxies: bad prefix length in " + text, e);
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("inkwell.trusted-proxies: bad prefix length in " + text);
            }
            return new Cidr(address, prefix);
        }

        boolean contains(String candidate) {
            if (candidate == null || !isIpLiteral(candidate)) {
                return false;
            }
            byte[] address = bytes(candidate);
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] bytes(String literal) {
            try {
                return InetAddress.getByName(literal).getAddress(); // an IP literal: no name lookup
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + literal, e);
            }
        }
    }
}
