package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InvalidInput;
import java.nio.charset.StandardCharsets;

/**
 * A password as typed, before hashing: 8..72 bytes of UTF-8 (bcrypt ignores everything
 * after byte 72, so a longer password would be silently truncated). Never printed.
 */
public record PlainPassword(String value) {

    public static final int MIN_BYTES = 8;
    public static final int MAX_BYTES = 72;

    public PlainPassword {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("password", "must not be blank");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
            throw InvalidInput.of("password",
                    "must be " + MIN_BYTES + " to " + MAX_BYTES + " bytes long (UTF-8)");
        }
    }

    @Override
    public String toString() {
        return "PlainPassword[****]";
    }
}
