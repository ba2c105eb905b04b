package dev.inkwell.domain.slug;

import dev.inkwell.domain.error.InvalidInput;
import java.util.regex.Pattern;

/**
 * A URL-safe name: lower-case ASCII words of {@code [a-z0-9]} joined by single dashes, at most
 * 100 characters (an 80-character base plus a collision suffix). Posts and categories use it.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw InvalidInput.of("slug", "must be lower-case words of a-z and 0-9 joined by '-', at most "
                    + MAX_LENGTH + " characters");
        }
    }

    /** {@code base-n}: the n-th candidate when {@code base} is taken (n ≥ 2). */
    public Slug withSuffix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("suffixes start at 2");
        }
        return new Slug(value + "-" + n);
    }

    /** Whether this slug is {@code base} itself or one of its suffixed forms {@code base-2}, {@code base-3}… */
    public boolean hasBase(Slug base) {
        if (value.equals(base.value)) {
            return true;
        }
        String prefix = base.value + "-";
        if (!value.startsWith(prefix) || value.length() == prefix.length()) {
            return false;
        }
        String suffix = value.substring(prefix.length());
        return suffix.chars().allMatch(Character::isDigit) && suffix.charAt(0) != '0'
                && !suffix.equals("1");
    }

    @Override
    public String toString() {
        return value;
    }
}
