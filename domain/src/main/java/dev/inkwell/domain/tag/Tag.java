package dev.inkwell.domain.tag;

import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.shared.TextRules;
import java.util.Comparator;
import java.util.Locale;

/**
 * A free-form label on a post: 1..30 characters after trimming, stored lower-cased, letters,
 * digits, spaces and {@code -_.#+} only ({@code "Java "} is {@code "java"}, {@code "C#"} is
 * {@code "c#"}). Tags sort by Unicode code point of the stored name.
 */
public record Tag(String name) implements Comparable<Tag> {

    public static final int MAX_LENGTH = 30;
    private static final String FIELD = "tags";
    private static final String PUNCTUATION = "-_.#+ ";

    /** By code point, not by UTF-16 unit: a letter beyond the BMP sorts after every BMP letter. */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    public Tag {
        if (name == null || !name.equals(normalise(name))) {
            throw new IllegalArgumentException("a tag is stored normalised: " + name);
        }
    }

    /** The tag a client means by {@code raw}: trimmed, lower-cased, checked. */
    public static Tag of(String raw) {
        String name = normalise(TextRules.requiredStripped(FIELD, raw, Integer.MAX_VALUE));
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw InvalidInput.of(FIELD, "a tag must be at most " + MAX_LENGTH + " characters: \"" + name + "\"");
        }
        if (!name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0)) {
            throw InvalidInput.of(FIELD, "a tag has only letters, digits, spaces and -_.#+: \"" + name + "\"");
        }
        return new Tag(name);
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(Tag other) {
        return CODE_POINT_ORDER.compare(name, other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
