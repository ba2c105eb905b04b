package dev.inkwell.domain.shared;

import dev.inkwell.domain.error.InvalidInput;

/**
 * The rules of free text: lengths counted in characters (Unicode code points), as PostgreSQL
 * counts them, and no NUL character, which PostgreSQL text can not store.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Non-blank and at most {@code max} characters; returns the text unchanged. */
    public static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "must not be blank");
        }
        return atMost(field, text, max);
    }

    /** Non-blank, surrounding white space dropped, then at most {@code max} characters. */
    public static String requiredStripped(String field, String text, int max) {
        return atMost(field, required(field, text, Integer.MAX_VALUE).strip(), max);
    }

    public static String atMost(String field, String text, int max) {
        if (text.indexOf('\u0000') >= 0) {
            throw InvalidInput.of(field, "must not contain the NUL character");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw InvalidInput.of(field, "must be at most " + max + " characters");
        }
        return text;
    }
}
