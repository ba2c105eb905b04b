package dev.inkwell.application.port.model;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import java.time.Instant;
import java.util.List;

/** What feeds and sitemaps are made of. */
public final class SyndicationViews {

    private SyndicationViews() {
    }

    /** A feed entry: the post as anonymous readers see it, with its HTML (null until it is rendered). */
    public record FeedEntry(PostSummary summary, String contentHtml) {
    }

    public enum UrlKind { POST, CATEGORY }

    /** One URL of a sitemap: a post's or a category's, by slug, last modified then. */
    public record SitemapUrl(UrlKind kind, String slug, Instant lastModified) {
    }

    /** How many post numbers are taken (the highest) and how many categories there are. */
    public record SitemapSize(long lastPostNumber, long categories) {
    }

    /** The sitemap document: every URL, or an index of its parts. */
    public sealed interface Sitemap permits Urls, Index {
    }

    public record Urls(List<SitemapUrl> urls) implements Sitemap {
    }

    /** Parts by number: 0 holds the categories, 1… the posts, {@code PART_SIZE} numbers each. */
    public record Index(List<Integer> parts) implements Sitemap {
    }
}
