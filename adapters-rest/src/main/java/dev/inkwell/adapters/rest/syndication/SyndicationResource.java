package dev.inkwell.adapters.rest.syndication;

import dev.inkwell.adapters.rest.problem.ProblemType;
import dev.inkwell.adapters.rest.problem.Problems;
import dev.inkwell.adapters.rest.shared.BoundedWork;
import dev.inkwell.adapters.rest.shared.EntityTags.Fingerprint;
import dev.inkwell.adapters.rest.shared.EntityTags;
import dev.inkwell.adapters.rest.shared.PublicRead;
import dev.inkwell.adapters.rest.syndication.XmlDocuments.FeedInfo;
import dev.inkwell.application.port.in.SyndicationUseCase;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.SyndicationViews.FeedEntry;
import dev.inkwell.application.port.model.SyndicationViews.Index;
import dev.inkwell.application.port.model.SyndicationViews.Sitemap;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import dev.inkwell.application.port.model.SyndicationViews.Urls;
import dev.inkwell.domain.error.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Atom and RSS feeds and the sitemap (api.md "Feeds and sitemap"), for feed readers and search engines. */
@Path("/")
@Tag(name = "Feeds and sitemap", description = "For feed readers and search engines")
public class SyndicationResource {

    public static final String ATOM_TYPE = "application/atom+xml; charset=UTF-8";
    public static final String RSS_TYPE = "application/rss+xml; charset=UTF-8";
    public static final String XML_TYPE = "application/xml; charset=UTF-8";

    /**
     * Sitemaps built at once, per instance: a document of 50,000 URLs holds some 30 MB while it is
     * built, so a crowd asking for them waits its turn (up to 10 s, then 503 with Retry-After)
     * instead of exhausting the heap.
     */
    private static final BoundedWork SITEMAPS = new BoundedWork(2, Duration.ofSeconds(10));

    /** The two feed formats: one request, one read, two ways to write it. */
    enum FeedFormat {
        ATOM("atom", ATOM_TYPE), RSS("rss", RSS_TYPE);

        final String name;
        final String type;

        FeedFormat(String name, String type) {
            this.name = name;
            this.type = type;
        }

        byte[] write(FeedInfo info, List<FeedEntry> entries, SiteLinks links) {
            return this == ATOM ? XmlDocuments.atom(info, entries, links) : XmlDocuments.rss(info, entries, links);
        }
    }

    @Inject
    SyndicationUseCase syndication;
    @Inject
    SiteLinks links;
    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;

    @GET
    @Path("feeds/posts.atom")
    @Produces(ATOM_TYPE)
    @PublicRead
    @Operation(summary = "Atom feed", description = "The 20 newest published posts (Atom 1.0), filtered by a category"
            + " slug, a tag and an author's username (each optional). Links follow `inkwell.site.post-url`.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response atom(@Parameter(example = "technology") @QueryParam("category") String category,
                         @Parameter(example = "java") @QueryParam("tag") String tag,
                         @Parameter(example = "ada-lovelace") @QueryParam("author") String author) {
        return feed(FeedFormat.ATOM, new PostFilter(category, author, null, tag, null));
    }

    @GET
    @Path("feeds/posts.rss")
    @Produces(RSS_TYPE)
    @PublicRead
    @Operation(summary = "RSS feed", description = "The same items as the Atom feed, as RSS 2.0.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/rss+xml",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response rss(@Parameter(example = "technology") @QueryParam("category") String category,
                        @Parameter(example = "java") @QueryParam("tag") String tag,
                        @Parameter(example = "ada-lovelace") @QueryParam("author") String author) {
        return feed(FeedFormat.RSS, new PostFilter(category, author, null, tag, null));
    }

    private Response feed(FeedFormat format, PostFilter filter) {
        FeedInfo info = info(filter);
        List<FeedEntry> entries = syndication.feed(filter);
        return conditional(feedTag(format.name, info, entries), () -> format.write(info, entries, links), format.type);
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML_TYPE)
    @PublicRead
    @Operation(summary = "Sitemap", description = "Every published post (`lastmod` = its `updatedAt`) and category."
            + " Beyond 50,000 URLs a sitemap index whose parts (`/sitemap-<n>.xml`) hold at most 50,000 each: part 0"
            + " the categories, parts 1… the posts in the order they were written.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/xml",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "503", description = "Too many sitemaps being built at once; Retry-After says when")
    public Response sitemap() {
        return oneOfFewSitemaps(this::buildSitemap);
    }

    private Response buildSitemap() {
        Sitemap sitemap = syndication.sitemap();
        if (sitemap instanceof Urls urls) {
            return conditional(urlsTag(urls.urls()), () -> XmlDocuments.urlset(urls.urls(), links), XML_TYPE);
        }
        List<String> parts = new ArrayList<>();
        for (int part : ((Index) sitemap).parts()) {
            parts.add(uriInfo.getBaseUriBuilder().path("sitemap-" + part + ".xml").build().toString());
        }
        Fingerprint index = EntityTags.fingerprint("sitemap-index-v1");
        parts.forEach(index::add);
        return conditional(index.tag(), () -> XmlDocuments.sitemapIndex(parts), XML_TYPE);
    }

    @GET
    @Path("sitemap-{part}.xml")
    @Produces(XML_TYPE)
    @PublicRead
    @Operation(summary = "A part of the sitemap", description = "Part 0: the categories; part n ≥ 1: the posts"
            + " numbered 50,000·(n−1)+1 to 50,000·n that are published.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/xml",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", description = "Too many sitemaps being built at once; Retry-After says when")
    public Response sitemapPart(@Parameter(example = "1") @PathParam("part") String part) {
        if (!part.matches("\\d{1,9}")) {
            throw notFound();
        }
        return oneOfFewSitemaps(() -> {
            List<SitemapUrl> urls = syndication.sitemapPart(Integer.parseInt(part))
                    .orElseThrow(SyndicationResource::notFound);
            return conditional(urlsTag(urls), () -> XmlDocuments.urlset(urls, links), XML_TYPE);
        });
    }

    private Response oneOfFewSitemaps(Supplier<Response> build) {
        return SITEMAPS.run(build).orElseGet(() -> Response.fromResponse(Problems.of(ProblemType.UNAVAILABLE,
                        "too many sitemaps are being built at once; try again shortly",
                        uriInfo.getRequestUri().getRawPath()))
                .header("Retry-After", "5").build());
    }

    /**
     * 304 when {@code If-None-Match} names {@code tag}, without writing the document; else the
     * document, tagged (HTTP caching then only adds its headers: {@code ConditionalReads}).
     */
    private Response conditional(String tag, Supplier<byte[]> document, String type) {
        if (EntityTags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        return Response.ok(document.get(), type).header(HttpHeaders.ETAG, tag).build();
    }

    /**
     * Everything a feed document is made of: its own links and title, and per entry what it shows.
     * An entry's title, excerpt and content change its {@code updatedAt}; its author's name, its
     * categories' names and its tags are taken as they are; the HTML by its length (it only ever
     * changes from absent to rendered without an edit). The format's version ends the list.
     */
    private String feedTag(String format, FeedInfo info, List<FeedEntry> entries) {
        Fingerprint print = EntityTags.fingerprint(format + "-v1").add(info.title()).add(info.selfUrl())
                .add(info.siteUrl()).add(links.post("{slug}"));
        for (FeedEntry entry : entries) {
            PostSummary post = entry.summary();
            print.add(post.id()).add(post.updatedAt()).add(post.publishedAt()).add(post.title()).add(post.slug())
                    .add(post.excerpt()).add(post.author().name()).add(post.tags())
                    .add(entry.contentHtml() == null ? -1 : entry.contentHtml().length());
            post.categories().forEach(c -> print.add(c.slug()).add(c.name()));
        }
        return print.tag();
    }

    /** A urlset is its URLs' slugs and times, and the link templates. */
    private String urlsTag(List<SitemapUrl> urls) {
        Fingerprint print = EntityTags.fingerprint("urlset-v1").add(links.post("{slug}"))
                .add(links.category("{slug}"));
        for (SitemapUrl url : urls) {
            print.add(url.kind()).add(url.slug()).add(url.lastModified());
        }
        return print.tag();
    }

    private static NotFound notFound() {
        return new NotFound("no such sitemap part");
    }

    private FeedInfo info(PostFilter filter) {
        StringBuilder title = new StringBuilder(links.title());
        if (filter.categorySlug() != null) {
            title.append(" · category ").append(filter.categorySlug());
        }
        if (filter.tag() != null) {
            title.append(" · tag ").append(filter.tag());
        }
        if (filter.authorUsername() != null) {
            title.append(" · by ").append(filter.authorUsername());
        }
        return new FeedInfo(title.toString(), uriInfo.getRequestUri().toString(), uriInfo.getBaseUri().toString());
    }
}
