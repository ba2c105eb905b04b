package dev.inkwell.adapters.persistence.shared;

import java.util.Locale;

/** Builds LIKE patterns from user text, escaping its wildcards (used with {@code escape '!'}). */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public static String containsIgnoreCase(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }
}
