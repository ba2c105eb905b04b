package dev.inkwell.domain.post;

/**
 * Minutes a post takes to read (contract, "Content format"): ceil(words / 230), at least 1, where
 * words are the whitespace-separated tokens of the Markdown source.
 */
public final class ReadingTime {

    public static final int WORDS_PER_MINUTE = 230;

    private ReadingTime() {
    }

    public static int minutes(PostContent content) {
        int words = words(content.value());
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** Tokens between runs of whitespace (any Unicode white space, as {@link Character#isWhitespace}). */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            i += Character.charCount(cp);
        }
        return words;
    }
}
