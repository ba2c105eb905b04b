package dev.inkwell.domain.user;

import java.util.Objects;

/** An opaque password hash (modular crypt format); never leaves the service. */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
