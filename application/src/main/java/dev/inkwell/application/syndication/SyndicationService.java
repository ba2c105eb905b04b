package dev.inkwell.application.syndication;

import dev.inkwell.application.port.in.SyndicationUseCase;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.SyndicationViews.FeedEntry;
import dev.inkwell.application.port.model.SyndicationViews.Index;
import dev.inkwell.application.port.model.SyndicationViews.Sitemap;
import dev.inkwell.application.port.model.SyndicationViews.SitemapSize;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import dev.inkwell.application.port.model.SyndicationViews.Urls;
import dev.inkwell.application.port.out.SyndicationQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Feeds and the sitemap. A sitemap holds at most {@link #PART_SIZE} URLs (sitemaps.org): while the
 * posts' numbers and the categories fit in one, {@code /sitemap.xml} lists them all; beyond, it is
 * an index of parts: part 0 the categories (at most {@value #PART_SIZE}), part {@code k} the posts
 * numbered {@code (k-1)·PART_SIZE + 1} to {@code k·PART_SIZE}. Parts are ranges of numbers, not
 * offsets, so every part costs the same at any size of the table; a part has fewer URLs than it has
 * numbers when posts of its range are unpublished or deleted.
 */
@ApplicationScoped
public class SyndicationService implements SyndicationUseCase {

    public static final int FEED_SIZE = 20;
    public static final int PART_SIZE = 50_000;

    private final SyndicationQueries queries;

    @Inject
    public SyndicationService(SyndicationQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<FeedEntry> feed(PostFilter filter) {
        PostFilter feedFilter = new PostFilter(filter.categorySlug(), filter.authorUsername(), null, filter.tag(), null);
        return queries.newest(feedFilter, FEED_SIZE);
    }

    @Override
    public Sitemap sitemap() {
        SitemapSize size = queries.size();
        if (size.lastPostNumber() + size.categories() <= PART_SIZE) {
            List<SitemapUrl> urls = new ArrayList<>(queries.categories(PART_SIZE));
            urls.addAll(queries.posts(1, size.lastPostNumber()));
            return new Urls(urls);
        }
        return new Index(IntStream.rangeClosed(0, postParts(size)).boxed().toList());
    }

    @Override
    public Optional<List<SitemapUrl>> sitemapPart(int n) {
        if (n == 0) {
            return Optional.of(queries.categories(PART_SIZE));
        }
        if (n < 0 || n > postParts(queries.size())) {
            return Optional.empty();
        }
        return Optional.of(queries.posts((long) (n - 1) * PART_SIZE + 1, (long) n * PART_SIZE));
    }

    private static int postParts(SitemapSize size) {
        return (int) ((size.lastPostNumber() + PART_SIZE - 1) / PART_SIZE);
    }
}
