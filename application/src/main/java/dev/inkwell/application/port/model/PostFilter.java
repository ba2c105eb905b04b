package dev.inkwell.application.port.model;

/**
 * Filters of the public post list; null parts do not filter. {@code query} is full-text
 * search (web-search syntax: words, "quoted phrases", -exclusions, or). {@code tag} is matched
 * as stored (normalised like a tag: trimmed, lower-cased); {@code favoritedBy} is a username.
 */
public record PostFilter(String categorySlug, String authorUsername, String query, String tag, String favoritedBy) {

    public PostFilter {
        categorySlug = lowerCase(blankToNull(categorySlug)); // slugs and usernames are lower-case:
        authorUsername = lowerCase(blankToNull(authorUsername)); // "Ada" finds "ada"
        query = blankToNull(query);
        tag = lowerCase(blankToNull(tag)); // as a tag is stored: "Java " finds "java"
        favoritedBy = lowerCase(blankToNull(favoritedBy));
    }

    public PostFilter(String categorySlug, String authorUsername, String query) {
        this(categorySlug, authorUsername, query, null, null);
    }

    public static PostFilter none() {
        return new PostFilter(null, null, null, null, null);
    }

    /** How many of the filters that narrow by a link or an author are set (a search is not one). */
    public int narrowings() {
        return (categorySlug == null ? 0 : 1) + (authorUsername == null ? 0 : 1) + (tag == null ? 0 : 1)
                + (favoritedBy == null ? 0 : 1);
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
