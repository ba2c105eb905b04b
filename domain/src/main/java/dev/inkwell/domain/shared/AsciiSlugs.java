package dev.inkwell.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The transliteration every human-readable identifier starts from: Unicode NFD, combining
 * marks removed, lower-cased, each run of characters outside {@code [a-z0-9]} replaced by
 * one {@code -}, no leading or trailing {@code -}. Used by post and category slugs and by
 * generated usernames.
 */
public final class AsciiSlugs {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OUTSIDE_ALPHABET = Pattern.compile("[^a-z0-9]+");

    private AsciiSlugs() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String lower = withoutMarks.toLowerCase(Locale.ROOT);
        String dashed = OUTSIDE_ALPHABET.matcher(lower).replaceAll("-");
        return trimDashes(dashed);
    }

    /**
     * Cuts {@code slug} to at most {@code max} characters, at a {@code -} boundary where the
     * slug has one inside the limit, so that no word is cut in half.
     */
    public static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String head = slug.substring(0, max);
        if (slug.charAt(max) == '-') {
            return trimDashes(head);
        }
        int lastDash = head.lastIndexOf('-');
        return trimDashes(lastDash > 0 ? head.substring(0, lastDash) : head);
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
