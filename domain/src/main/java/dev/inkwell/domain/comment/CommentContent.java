package dev.inkwell.domain.comment;

import dev.inkwell.domain.shared.TextRules;

/** 1..5000 characters, not blank. */
public record CommentContent(String value) {

    public static final int MAX_LENGTH = 5000;

    public CommentContent {
        TextRules.required("content", value, MAX_LENGTH);
    }
}
