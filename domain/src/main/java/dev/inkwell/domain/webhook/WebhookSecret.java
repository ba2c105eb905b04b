package dev.inkwell.domain.webhook;

import dev.inkwell.domain.error.InvalidInput;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The key a webhook's deliveries are signed with (HMAC-SHA256 over the UTF-8 bytes of this
 * string). One given by the ADMIN is 16 to 200 printable ASCII characters, without spaces (so it
 * fits in any configuration file of a receiver unquoted); one generated is 32 random bytes in hex.
 */
public record WebhookSecret(String value) {

    public static final int GENERATED_BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
    }

    public static WebhookSecret given(String raw) {
        if (raw.length() < 16 || raw.length() > 200) {
            throw InvalidInput.of("secret", "must be 16 to 200 characters");
        }
        if (!raw.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidInput.of("secret", "must be printable ASCII without spaces");
        }
        return new WebhookSecret(raw);
    }

    /** A secret from {@value #GENERATED_BYTES} random bytes (the caller's secure random source). */
    public static WebhookSecret generated(byte[] random) {
        if (random.length != GENERATED_BYTES) {
            throw new IllegalArgumentException("a generated secret takes " + GENERATED_BYTES + " bytes");
        }
        return new WebhookSecret(HexFormat.of().formatHex(random));
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
