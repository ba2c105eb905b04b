package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InvalidInput;

/** The name a person shows: 1..100 characters, surrounding white space dropped. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 100;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("name", "must not be blank");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw InvalidInput.of("name", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
