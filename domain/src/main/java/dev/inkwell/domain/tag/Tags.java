package dev.inkwell.domain.tag;

import dev.inkwell.domain.error.InvalidInput;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The tags of one post: 0..10 distinct ones, sorted. Duplicates after normalisation are merged,
 * not refused ({@code ["Java", "java "]} is one tag).
 */
public record Tags(List<Tag> values) {

    public static final int MAX = 10;

    public Tags {
        TreeSet<Tag> distinct = new TreeSet<>(values);
        if (distinct.size() > MAX) {
            throw InvalidInput.of("tags", "a post has at most " + MAX + " tags, not " + distinct.size());
        }
        values = List.copyOf(distinct);
    }

    public static Tags none() {
        return new Tags(List.of());
    }

    /** The tags a client sent, normalised and merged. */
    public static Tags of(Collection<String> raw) {
        if (raw == null) {
            return none();
        }
        return new Tags(raw.stream().map(Tag::of).toList());
    }

    public List<String> names() {
        return values.stream().map(Tag::name).toList();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
