package dev.inkwell.adapters.rest.syndication;

import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import dev.inkwell.application.port.model.SyndicationViews.UrlKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links to the site's pages, from the templates {@code inkwell.site.post-url} and
 * {@code inkwell.site.category-url} ({@code {slug}} is replaced by the slug). A template without
 * {@code {slug}}, or one that is not an absolute URL, stops the start with a message that says so.
 */
@ApplicationScoped
public class SiteLinks {

    static final String SLUG = "{slug}";

    private final String postUrl;
    private final String categoryUrl;
    private final String title;

    @Inject
    public SiteLinks(@ConfigProperty(name = "inkwell.site.post-url", defaultValue = "http://localhost:8080/posts/{slug}")
                     String postUrl,
                     @ConfigProperty(name = "inkwell.site.category-url",
                             defaultValue = "http://localhost:8080/categories/{slug}") String categoryUrl,
                     @ConfigProperty(name = "inkwell.site.title", defaultValue = "Inkwell") String title) {
        this.postUrl = checked("inkwell.site.post-url", postUrl);
        this.categoryUrl = checked("inkwell.site.category-url", categoryUrl);
        this.title = title;
    }

    private static String checked(String name, String template) {
        if (!template.contains(SLUG)) {
            throw new IllegalStateException(name + " must contain " + SLUG + ", e.g. https://blog.example.com/posts/{slug}");
        }
        URI uri = URI.create(template.replace(SLUG, "x"));
        if (!uri.isAbsolute()) {
            throw new IllegalStateException(name + " must be an absolute URL: " + template);
        }
        return template;
    }

    public String post(String slug) {
        return postUrl.replace(SLUG, URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    public String category(String slug) {
        return categoryUrl.replace(SLUG, URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    public String of(SitemapUrl url) {
        return url.kind() == UrlKind.POST ? post(url.slug()) : category(url.slug());
    }

    /** The site's name, the title of its feeds ({@code inkwell.site.title}). */
    public String title() {
        return title;
    }
}
