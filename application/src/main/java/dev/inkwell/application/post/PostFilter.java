package dev.inkwell.application.post;

/**
 * Filters of the public post list; null parts do not filter. {@code query} is full-text
 * search (web-search syntax: words, "quoted phrases", -exclusions, or).
 */
public record PostFilter(String categorySlug, String authorUsername, String query) {

    public PostFilter {
        categorySlug = blankToNull(categorySlug);
        authorUsername = blankToNull(authorUsername);
        query = blankToNull(query);
    }

    public static PostFilter none() {
        return new PostFilter(null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
