package dev.inkwell.application.port.model;

/**
 * Filters of the public post list; null parts do not filter. {@code query} is full-text
 * search (web-search syntax: words, "quoted phrases", -exclusions, or).
 */
public record PostFilter(String categorySlug, String authorUsername, String query) {

    public PostFilter {
        categorySlug = lowerCase(blankToNull(categorySlug)); // slugs and usernames are lower-case:
        authorUsername = lowerCase(blankToNull(authorUsername)); // "Ada" finds "ada"
        query = blankToNull(query);
    }

    public static PostFilter none() {
        return new PostFilter(null, null, null);
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
