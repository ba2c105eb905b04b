package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InvalidInput;
import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; anything that is not a UUID is invalid input for {@code field}. */
    public static UserId parse(String text, String field) {
        try {
            return new UserId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInput.of(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
