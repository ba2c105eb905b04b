package dev.inkwell.domain.post;

import java.util.Objects;
import java.util.UUID;

public record PostId(UUID value) {

    public PostId {
        Objects.requireNonNull(value, "value");
    }

    public static PostId newId() {
        return new PostId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
