package dev.inkwell.domain.category;

import dev.inkwell.domain.shared.TextRules;

/** 1..100 characters, not blank, surrounding white space dropped. Unique case-insensitively. */
public record CategoryName(String value) {

    public static final int MAX_LENGTH = 100;

    public CategoryName {
        value = TextRules.requiredStripped("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
