package dev.inkwell.domain.post;

import dev.inkwell.domain.shared.TextRules;

/**
 * A post's teaser: at most 500 characters, surrounding white space dropped. An empty excerpt
 * is how a client removes it ({@link #isEmpty()}); a post never stores an empty one.
 */
public record Excerpt(String value) {

    public static final int MAX_LENGTH = 500;

    public Excerpt {
        value = value == null ? "" : value.strip();
        TextRules.atMost("excerpt", value, MAX_LENGTH);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }
}
