package dev.inkwell.application.port.model;

import java.util.List;

/** One page of a list and the numbers a client needs to page through it. */
public record Page<T>(List<T> items, int page, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public long pages() {
        return total == 0 ? 0 : (total + limit - 1) / limit;
    }
}
