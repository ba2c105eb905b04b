package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.SyndicationViews.FeedEntry;
import dev.inkwell.application.port.model.SyndicationViews.Sitemap;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import java.util.List;
import java.util.Optional;

/** Feeds and the sitemap (api.md "Feeds and sitemap"): public, anonymous, a fixed number of statements each. */
public interface SyndicationUseCase {

    /** The newest published posts for a feed, filtered by category, tag and author only. */
    List<FeedEntry> feed(PostFilter filter);

    Sitemap sitemap();

    /** Part {@code n} of the sitemap; empty when there is no such part. */
    Optional<List<SitemapUrl>> sitemapPart(int n);
}
