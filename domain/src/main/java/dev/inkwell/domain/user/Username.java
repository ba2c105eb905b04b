package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.shared.AsciiSlugs;
import java.util.regex.Pattern;

/** A public handle: 3..40 characters of {@code [a-z0-9_-]}. */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 40;
    private static final Pattern ALLOWED = Pattern.compile("^[a-z0-9_-]{3,40}$");
    private static final String FALLBACK = "user";

    public Username {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("username", "must not be blank");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw InvalidInput.of("username",
                    "must be 3 to 40 characters of lower-case letters, digits, '_' and '-'");
        }
    }

    /**
     * The first candidate for someone who did not choose a username: the name folded to
     * ASCII like a slug ("Zoë Ångström" → "zoe-angstrom"), prefixed with "user-" when too
     * short, and "user" when nothing usable is left ("日本語").
     */
    public static Username generateFrom(String name) {
        String folded = AsciiSlugs.cut(AsciiSlugs.fold(name == null ? "" : name), MAX_LENGTH);
        if (folded.isEmpty()) {
            return new Username(FALLBACK);
        }
        if (folded.length() < MIN_LENGTH) {
            return new Username(FALLBACK + "-" + folded);
        }
        return new Username(folded);
    }

    /** The n-th candidate (n ≥ 2) after a collision: "{@code base-n}", cut so that it still fits. */
    public Username withSuffix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("suffixes start at 2");
        }
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? value.substring(0, MAX_LENGTH - suffix.length())
                : value;
        return new Username(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
