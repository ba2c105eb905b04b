package dev.inkwell.domain.post;

import dev.inkwell.domain.shared.TextRules;

/** 1..100 000 characters, not blank. Kept exactly as written: leading spaces can be Markdown. */
public record PostContent(String value) {

    public static final int MAX_LENGTH = 100_000;

    public PostContent {
        TextRules.required("content", value, MAX_LENGTH);
    }
}
