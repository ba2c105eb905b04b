package dev.inkwell.domain.post;

import dev.inkwell.domain.shared.TextRules;

/** 1..200 characters, not blank, surrounding white space dropped. */
public record PostTitle(String value) {

    public static final int MAX_LENGTH = 200;

    public PostTitle {
        value = TextRules.requiredStripped("title", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
