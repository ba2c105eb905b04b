package dev.inkwell.domain.slug;

import dev.inkwell.domain.shared.AsciiSlugs;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The contract's slug rules: the folded title ({@link AsciiSlugs#fold}) cut to 80 characters at
 * a {@code -} where possible; a title with nothing to fold ("!!!", "日本語") gets
 * {@code post-<8 hex chars>}. Uniqueness (the {@code -2}, {@code -3}… suffixes) needs the
 * stored slugs and is the use case's job.
 */
public final class SlugPolicy {

    public static final int MAX_BASE_LENGTH = 80;

    private final RandomGenerator random;

    public SlugPolicy(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A post's slug base from its title; an unfoldable title gets {@code post-<8 hex chars>}. */
    public Slug forTitle(String title) {
        return from(title, "post");
    }

    /** Categories follow the post rules; an unfoldable name gets {@code category-<8 hex chars>}. */
    public Slug forCategoryName(String name) {
        return from(name, "category");
    }

    private Slug from(String text, String fallbackPrefix) {
        String base = AsciiSlugs.cut(AsciiSlugs.fold(text), MAX_BASE_LENGTH);
        if (base.isEmpty()) {
            base = fallbackPrefix + "-" + String.format("%08x", random.nextInt());
        }
        return new Slug(base);
    }
}
