package dev.inkwell.application.port.model;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import java.util.List;

/** One slice of the feed; {@code next} is null at the end. */
public record FeedPage(List<PostSummary> items, FeedCursor next) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
