package dev.inkwell.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the numbers a client needs to page through it. */
public record Page<T>(List<T> items, int page, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public long pages() {
        return total == 0 ? 0 : (total + limit - 1) / limit;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, limit, total);
    }
}
