package dev.inkwell.domain.post;

import java.util.Objects;
import java.util.function.Function;

/**
 * A post's content as readers get it: the Markdown source rendered to sanitised HTML, and the
 * reading time of that source. Made once per change of the content, never on a read.
 */
public record RenderedContent(String html, int readingTimeMinutes) {

    public RenderedContent {
        Objects.requireNonNull(html, "html");
        if (readingTimeMinutes < 1) {
            throw new IllegalArgumentException("a reading time is at least one minute");
        }
    }

    /** {@code content} rendered by {@code toSafeHtml}, with the reading time of its source. */
    public static RenderedContent of(PostContent content, Function<PostContent, String> toSafeHtml) {
        return new RenderedContent(toSafeHtml.apply(content), ReadingTime.minutes(content));
    }
}
