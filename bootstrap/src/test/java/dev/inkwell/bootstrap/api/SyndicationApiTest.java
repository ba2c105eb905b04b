package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.Category;
import dev.inkwell.bootstrap.support.Api.Post;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The contract's "Feeds and sitemap", parsed as a feed reader and a crawler parse them. */
@QuarkusTest
public class SyndicationApiTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String HOSTILE = "Fish & <Chips> \"quoted\" 'single' — Ünïcødé 日本語 🎉";

    Sql sql;
    TestUser author;

    @BeforeEach
    void setUp() {
        sql = TestDatabase.sql();
        author = Api.register("Syndicated");
    }

    /** A feed reader's request: no JSON asked for (a JSON-only Accept is a 406 here). */
    static RequestSpecification reader() {
        return RestAssured.given().accept("application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.8");
    }

    static Document parse(Response response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + response.asString(), e);
        }
    }

    static List<Element> children(Node parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Node parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getNodeName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private Post post(String title, String excerpt, List<String> tags, String... categories) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("excerpt", excerpt);
        body.put("content", "# Heading\n\nSome **bold** text & more.");
        body.put("tags", tags);
        body.put("categoryIds", List.of(categories));
        var created = author.as().body(body).post("/posts").then().statusCode(201).extract();
        Post post = new Post(created.path("id"), created.path("slug"));
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        return post;
    }

    private Element entry(Document feed, String postId) {
        return children(feed.getDocumentElement(), ATOM, "entry").stream()
                .filter(e -> text(e, ATOM, "id").equals("urn:uuid:" + postId)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + postId));
    }

    @Test
    void the_atom_feed_is_valid_atom_with_every_required_element_and_a_hostile_title_survives() {
        Category category = Api.createCategory("Feeds " + Api.unique(""), null);
        Post post = post(HOSTILE, "An excerpt <with> & marks", List.of("feed-tag"), category.id());
        Response response = reader().queryParam("author", author.username()).get("/feeds/posts.atom");
        response.then().statusCode(200).contentType("application/atom+xml");
        assertThat(response.getContentType()).contains("charset=UTF-8");
        Document feed = parse(response);
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, ATOM, "title")).contains(author.username());
        assertThat(text(root, ATOM, "id")).contains("/feeds/posts.atom");
        Instant.parse(text(root, ATOM, "updated"));
        assertThat(children(root, ATOM, "link").stream().map(l -> l.getAttribute("rel"))).contains("self");

        Element entry = entry(feed, post.id());
        assertThat(text(entry, ATOM, "title")).isEqualTo(HOSTILE);
        Element link = children(entry, ATOM, "link").get(0);
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        assertThat(link.getAttribute("href")).isEqualTo("http://localhost:8080/posts/" + post.slug());
        Map<String, Object> detail = Api.json().get("/posts/" + post.slug()).then().statusCode(200).extract().path("");
        assertThat(Instant.parse(text(entry, ATOM, "published")))
                .isEqualTo(Instant.parse((String) detail.get("publishedAt")).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Instant.parse(text(entry, ATOM, "updated"));
        assertThat(text(children(entry, ATOM, "author").get(0), ATOM, "name")).isEqualTo("Syndicated");
        assertThat(text(entry, ATOM, "summary")).isEqualTo("An excerpt <with> & marks");
        Element content = children(entry, ATOM, "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).isEqualTo(detail.get("contentHtml")).contains("<strong>bold</strong>");
        assertThat(children(entry, ATOM, "category").stream().map(c -> c.getAttribute("term")))
                .containsExactlyInAnyOrder(category.slug(), "feed-tag");
        // the raw bytes escape markup rather than carry it
        assertThat(response.asString()).contains("Fish &amp; &lt;Chips&gt;").doesNotContain("<Chips>");
    }

    @Test
    void the_rss_feed_is_valid_rss_2_with_the_same_items() {
        Post post = post(HOSTILE, "An excerpt <with> & marks", List.of());
        Response response = reader().queryParam("author", author.username()).get("/feeds/posts.rss");
        response.then().statusCode(200).contentType("application/rss+xml");
        Document rss = parse(response);
        Element root = rss.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("rss");
        assertThat(root.getAttribute("version")).isEqualTo("2.0");
        Element channel = children(root, "", "channel").isEmpty() ? (Element) root.getElementsByTagName("channel").item(0)
                : children(root, "", "channel").get(0);
        assertThat(channel.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
        assertThat(channel.getElementsByTagName("link").item(0).getTextContent()).startsWith("http");
        assertThat(channel.getElementsByTagName("description").item(0).getTextContent()).isNotBlank();
        NodeList items = channel.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(1);
        Element item = (Element) items.item(0);
        assertThat(item.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(HOSTILE);
        assertThat(item.getElementsByTagName("link").item(0).getTextContent())
                .isEqualTo("http://localhost:8080/posts/" + post.slug());
        Element guid = (Element) item.getElementsByTagName("guid").item(0);
        assertThat(guid.getTextContent()).isEqualTo("urn:uuid:" + post.id());
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
        ZonedDateTime.parse(item.getElementsByTagName("pubDate").item(0).getTextContent(),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(item.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent())
                .isEqualTo("Syndicated");
        // a reader takes the description as HTML: the excerpt's text is HTML-escaped inside it
        assertThat(item.getElementsByTagName("description").item(0).getTextContent())
                .isEqualTo("An excerpt &lt;with&gt; &amp; marks");
        assertThat(item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
                .getTextContent()).contains("<h1>Heading</h1>");
    }

    @Test
    void feeds_hold_the_20_newest_published_posts_and_filter_by_category_tag_and_author() {
        Category category = Api.createCategory("Filtered " + Api.unique(""), null);
        String tag = ("t" + Api.unique("").replaceAll("[^a-z0-9]", "") + "0000000000").substring(0, 12);
        Post inCategory = post("In category " + Api.unique(""), null, List.of(), category.id());
        Post tagged = post("Tagged " + Api.unique(""), null, List.of(tag));
        Post draft = Api.createPost(author, "Draft " + Api.unique(""));
        for (int i = 0; i < 21; i++) {
            Api.publishedPost(author, "Filler " + i + " " + Api.unique(""));
        }
        Document byCategory = parse(reader().queryParam("category", category.slug()).get("/feeds/posts.atom"));
        assertThat(children(byCategory.getDocumentElement(), ATOM, "entry")).hasSize(1);
        entry(byCategory, inCategory.id());
        Document byTag = parse(reader().queryParam("tag", tag.toUpperCase()).get("/feeds/posts.rss"));
        assertThat(byTag.getElementsByTagName("item").getLength()).isEqualTo(1);
        assertThat(byTag.getElementsByTagName("guid").item(0).getTextContent()).isEqualTo("urn:uuid:" + tagged.id());
        Document byAuthor = parse(reader().queryParam("author", author.username()).get("/feeds/posts.atom"));
        List<Element> entries = children(byAuthor.getDocumentElement(), ATOM, "entry");
        assertThat(entries).hasSize(20);
        assertThat(entries.stream().map(e -> text(e, ATOM, "title"))).allMatch(t -> t.startsWith("Filler"));
        assertThat(entries.stream().map(e -> Instant.parse(text(e, ATOM, "published"))).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(reader().queryParam("author", author.username()).get("/feeds/posts.atom").asString())
                .doesNotContain(draft.id());
        Document nobody = parse(reader().queryParam("author", "no-such-user-x").get("/feeds/posts.atom"));
        assertThat(children(nobody.getDocumentElement(), ATOM, "entry")).isEmpty();
        assertThat(text(nobody.getDocumentElement(), ATOM, "updated")).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void a_client_that_accepts_only_json_gets_a_406_problem_that_says_why() {
        Response response = Api.json().get("/feeds/posts.atom");
        assertProblem(response, 406, "not-acceptable");
        assertThat(response.jsonPath().getString("detail")).contains("XML");
    }

    @Test
    void the_sitemap_lists_published_posts_and_categories_and_becomes_an_index_beyond_50000_numbers() {
        Category category = Api.createCategory("Mapped " + Api.unique(""), null);
        Post published = Api.publishedPost(author, "Mapped " + Api.unique(""));
        Post draft = Api.createPost(author, "Unmapped " + Api.unique(""));
        Response response = reader().get("/sitemap.xml");
        response.then().statusCode(200).contentType("application/xml");
        Document sitemap = parse(response);
        Element root = sitemap.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(root.getLocalName()).isEqualTo("urlset");
        Map<String, String> urls = new HashMap<>();
        for (Element url : children(root, SITEMAP, "url")) {
            urls.put(text(url, SITEMAP, "loc"), text(url, SITEMAP, "lastmod"));
        }
        String postUrl = "http://localhost:8080/posts/" + published.slug();
        assertThat(urls).containsKey(postUrl).containsKey("http://localhost:8080/categories/" + category.slug())
                .doesNotContainKey("http://localhost:8080/posts/" + draft.slug());
        String updatedAt = Api.json().get("/posts/" + published.slug()).then().extract().path("updatedAt");
        assertThat(Instant.parse(urls.get(postUrl)))
                .isEqualTo(Instant.parse(updatedAt).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(children(root, SITEMAP, "url")).hasSizeLessThanOrEqualTo(50_000);

        // parts exist at any size: 0 the categories, 1 the first 50,000 post numbers
        assertThat(reader().get("/sitemap-0.xml").asString()).contains(category.slug()).doesNotContain("/posts/");
        assertThat(reader().get("/sitemap-1.xml").asString()).contains(postUrl);
        assertProblem(reader().get("/sitemap-2.xml"), 404, "not-found");
        assertProblem(reader().get("/sitemap-x.xml"), 404, "not-found");
        assertProblem(reader().get("/sitemap--1.xml"), 404, "not-found");

        // the next post gets a number beyond 100,000: the sitemap is now an index of 0, 1 and 2
        assertThat(sql.count("select setval(pg_get_serial_sequence('post_numbers', 'number'), 100000)")).isEqualTo(100_000);
        Post far = Api.publishedPost(author, "Far away " + Api.unique(""));
        Document index = parse(reader().get("/sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> parts = children(index.getDocumentElement(), SITEMAP, "sitemap").stream()
                .map(s -> text(s, SITEMAP, "loc")).toList();
        assertThat(parts).hasSize(4).allMatch(p -> p.matches("http://[^/]+/sitemap-[0-3]\\.xml"));
        assertThat(parts.get(3)).endsWith("/sitemap-3.xml");
        Document third = parse(reader().get("/sitemap-3.xml"));
        assertThat(children(third.getDocumentElement(), SITEMAP, "url").stream().map(u -> text(u, SITEMAP, "loc")))
                .containsExactly("http://localhost:8080/posts/" + far.slug());
        assertThat(reader().get("/sitemap-1.xml").asString()).contains(postUrl);
        assertThat(reader().get("/sitemap-2.xml").statusCode()).isEqualTo(200);
        assertProblem(reader().get("/sitemap-4.xml"), 404, "not-found");
    }
}
