package dev.inkwell.adapters.persistence.post;

import static dev.inkwell.adapters.persistence.shared.Rows.instant;
import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;

import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.SyndicationViews.FeedEntry;
import dev.inkwell.application.port.model.SyndicationViews.SitemapSize;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import dev.inkwell.application.port.model.SyndicationViews.UrlKind;
import dev.inkwell.application.port.out.SyndicationQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Feeds and sitemaps from SQL projections ({@link PostSql}); every read is one or two statements. */
@ApplicationScoped
public class SyndicationReadModels implements SyndicationQueries {

    private final SqlProjections sql;
    private final PostReadModels posts;

    @Inject
    public SyndicationReadModels(SqlProjections sql, PostReadModels posts) {
        this.sql = sql;
        this.posts = posts;
    }

    @Override
    public List<FeedEntry> newest(PostFilter filter, int limit) {
        List<Tuple> rows = sql.rows(PostSql.newestWithHtml(filter, limit));
        List<PostSummary> summaries = posts.withCategories(rows);
        List<FeedEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            entries.add(new FeedEntry(summaries.get(i), string(rows.get(i), "content_html")));
        }
        return entries;
    }

    @Override
    public SitemapSize size() {
        Tuple row = sql.rows(PostSql.sitemapSize()).get(0);
        return new SitemapSize(number(row, "last_number"), number(row, "categories"));
    }

    @Override
    public List<SitemapUrl> posts(long first, long last) {
        if (last < first) {
            return List.of();
        }
        return sql.rows(PostSql.sitemapPosts(first, last)).stream()
                .map(r -> new SitemapUrl(UrlKind.POST, string(r, "slug"), instant(r, "updated_at"))).toList();
    }

    @Override
    public List<SitemapUrl> categories(int limit) {
        return sql.rows(PostSql.sitemapCategories(limit)).stream()
                .map(r -> new SitemapUrl(UrlKind.CATEGORY, string(r, "slug"), instant(r, "updated_at"))).toList();
    }
}
