package dev.inkwell.bootstrap.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.adapters.rest.syndication.SiteLinks;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import dev.inkwell.application.port.model.SyndicationViews.UrlKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code inkwell.site.post-url} and {@code .category-url}: templates with {@code {slug}}, checked at start. */
class SiteLinksTest {

    @Test
    void links_are_the_templates_with_the_slug_in_place() {
        SiteLinks links = new SiteLinks("https://blog.example.com/p/{slug}?ref=feed",
                "https://blog.example.com/c/{slug}", "My blog");
        assertThat(links.post("hello-world")).isEqualTo("https://blog.example.com/p/hello-world?ref=feed");
        assertThat(links.category("java")).isEqualTo("https://blog.example.com/c/java");
        assertThat(links.of(new SitemapUrl(UrlKind.CATEGORY, "java", Instant.EPOCH)))
                .isEqualTo("https://blog.example.com/c/java");
        assertThat(links.of(new SitemapUrl(UrlKind.POST, "a-b", Instant.EPOCH)))
                .isEqualTo("https://blog.example.com/p/a-b?ref=feed");
        assertThat(links.title()).isEqualTo("My blog");
    }

    @Test
    void a_template_without_slug_or_not_absolute_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> new SiteLinks("https://blog.example.com/p/", "https://x.example/{slug}", "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inkwell.site.post-url")
                .hasMessageContaining("{slug}");
        assertThatThrownBy(() -> new SiteLinks("https://x.example/{slug}", "/c/{slug}", "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inkwell.site.category-url")
                .hasMessageContaining("absolute");
    }
}
