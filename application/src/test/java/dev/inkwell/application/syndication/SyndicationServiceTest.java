package dev.inkwell.application.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.SyndicationViews.FeedEntry;
import dev.inkwell.application.port.model.SyndicationViews.Index;
import dev.inkwell.application.port.model.SyndicationViews.SitemapSize;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import dev.inkwell.application.port.model.SyndicationViews.UrlKind;
import dev.inkwell.application.port.model.SyndicationViews.Urls;
import dev.inkwell.application.port.out.SyndicationQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sitemap's split into parts of at most 50,000 URLs, and what a feed asks for. */
class SyndicationServiceTest {

    /** Answers with the sizes it is given and records every range and limit asked for. */
    static final class Recorded implements SyndicationQueries {
        long lastNumber;
        long categories;
        final List<String> asked = new ArrayList<>();

        @Override
        public List<FeedEntry> newest(PostFilter filter, int limit) {
            asked.add("newest " + filter + " " + limit);
            return List.of();
        }

        @Override
        public SitemapSize size() {
            return new SitemapSize(lastNumber, categories);
        }

        @Override
        public List<SitemapUrl> posts(long first, long last) {
            asked.add("posts " + first + ".." + last);
            return List.of(new SitemapUrl(UrlKind.POST, "p" + first, Instant.EPOCH));
        }

        @Override
        public List<SitemapUrl> categories(int limit) {
            asked.add("categories " + limit);
            return List.of(new SitemapUrl(UrlKind.CATEGORY, "c", Instant.EPOCH));
        }
    }

    private final Recorded queries = new Recorded();
    private final SyndicationService service = new SyndicationService(queries);

    @Test
    void up_to_50000_urls_the_sitemap_is_one_document_of_categories_and_posts() {
        queries.lastNumber = 49_990;
        queries.categories = 10;
        assertThat(service.sitemap()).isInstanceOfSatisfying(Urls.class, urls -> assertThat(urls.urls())
                .extracting(SitemapUrl::kind).containsExactly(UrlKind.CATEGORY, UrlKind.POST));
        assertThat(queries.asked).containsExactly("categories 50000", "posts 1..49990");
    }

    @Test
    void beyond_it_is_an_index_of_the_categories_part_and_one_part_per_50000_post_numbers() {
        queries.lastNumber = 49_991;
        queries.categories = 10;
        assertThat(service.sitemap()).isEqualTo(new Index(List.of(0, 1)));
        queries.lastNumber = 1_000_000;
        assertThat(service.sitemap()).isEqualTo(new Index(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16, 17, 18, 19, 20)));
        queries.lastNumber = 1_000_001;
        assertThat(((Index) service.sitemap()).parts()).hasSize(22).endsWith(21);
        assertThat(queries.asked).isEmpty(); // an index reads no URLs
    }

    @Test
    void part_n_is_the_range_of_its_numbers_and_parts_beyond_the_last_do_not_exist() {
        queries.lastNumber = 120_000;
        assertThat(service.sitemapPart(1)).isPresent();
        assertThat(service.sitemapPart(3)).isPresent();
        assertThat(service.sitemapPart(4)).isEmpty();
        assertThat(service.sitemapPart(-1)).isEmpty();
        assertThat(service.sitemapPart(0)).hasValueSatisfying(urls -> assertThat(urls).extracting(SitemapUrl::kind)
                .containsOnly(UrlKind.CATEGORY));
        assertThat(queries.asked).containsExactly("posts 1..50000", "posts 100001..150000", "categories 50000");
    }

    @Test
    void a_feed_is_the_20_newest_filtered_by_category_tag_and_author_only() {
        service.feed(new PostFilter("cat", "ada", "a search", "java", "bob"));
        assertThat(queries.asked).containsExactly("newest " + new PostFilter("cat", "ada", null, "java", null) + " 20");
    }
}
