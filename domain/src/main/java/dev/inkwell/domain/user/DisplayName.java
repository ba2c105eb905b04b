package dev.inkwell.domain.user;

import dev.inkwell.domain.shared.TextRules;

/** The name a person shows: 1..100 characters, surrounding white space dropped. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 100;

    public DisplayName {
        value = TextRules.requiredStripped("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
