package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.SyndicationViews.FeedEntry;
import dev.inkwell.application.port.model.SyndicationViews.SitemapSize;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import java.util.List;

/**
 * Reads for feeds and sitemaps. Every post has a number, given in the order posts are created and
 * never reused, so that a sitemap part is a range of numbers: a part of a million-post sitemap
 * costs what the first part costs.
 */
public interface SyndicationQueries {

    /** The {@code limit} newest published posts matching {@code filter}, with their HTML; two statements. */
    List<FeedEntry> newest(PostFilter filter, int limit);

    /** One statement, whatever the number of posts. */
    SitemapSize size();

    /** Published posts of active authors numbered {@code first} to {@code last}, by number. */
    List<SitemapUrl> posts(long first, long last);

    /** Categories by slug, at most {@code limit}. */
    List<SitemapUrl> categories(int limit);
}
