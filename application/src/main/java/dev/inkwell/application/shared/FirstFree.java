package dev.inkwell.application.shared;

import java.util.function.IntFunction;
import java.util.function.Predicate;

/** The collision rule of generated names (usernames, slugs): {@code base}, then {@code base-2}, {@code base-3}… */
public final class FirstFree {

    private FirstFree() {
    }

    /** The first of {@code base}, {@code withSuffix(2)}, {@code withSuffix(3)}… that is not {@code taken}. */
    public static <T> T candidate(T base, IntFunction<T> withSuffix, Predicate<T> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            T candidate = withSuffix.apply(n);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
