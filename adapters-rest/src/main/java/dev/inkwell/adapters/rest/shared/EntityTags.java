package dev.inkwell.adapters.rest.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong entity tags (RFC 9110): 32 hex digits of a SHA-256, quoted, either of the exact bytes of
 * a representation or of a {@link Fingerprint} of everything a representation is made from (so a
 * conditional request is answered without making the representation at all).
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag of {@code body}. */
    public static String of(byte[] body) {
        return quoted(sha256().digest(body));
    }

    /**
     * Whether {@code ifNoneMatch} (a list of entity tags, or {@code *}) names {@code tag}. RFC 9110
     * compares them weakly for this header: a {@code W/} prefix is ignored.
     */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    public static Fingerprint fingerprint(String kind) {
        return new Fingerprint().add(kind);
    }

    /**
     * A digest of the parts a representation is made from, each written with its length first so
     * that no two different sequences of parts are written alike.
     */
    public static final class Fingerprint {

        private final MessageDigest digest = sha256();

        private Fingerprint() {
        }

        public Fingerprint add(Object part) {
            byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            return this;
        }

        public String tag() {
            return quoted(digest.digest());
        }
    }

    private static String quoted(byte[] digest) {
        return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
