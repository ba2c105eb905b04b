package dev.inkwell.domain.shared;

import dev.inkwell.domain.error.InvalidInput;

/**
 * The rules of free text: lengths counted in characters (Unicode code points), as PostgreSQL
 * counts them, no NUL character, which PostgreSQL text can not store, and no unpaired UTF-16
 * surrogate (a JSON escape such as {@code "\uD800"} alone), which is no character at all and
 * which UTF-8 can not encode.
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
        if (hasUnpairedSurrogate(text)) {
            throw InvalidInput.of(field, "must not contain an unpaired UTF-16 surrogate");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw InvalidInput.of(field, "must be at most " + max + " characters");
        }
        return text;
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
