package dev.inkwell.adapters.rest.syndication;

import dev.inkwell.application.port.model.PostViews.CategoryRef;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.SyndicationViews.FeedEntry;
import dev.inkwell.application.port.model.SyndicationViews.SitemapUrl;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom 1.0, RSS 2.0 and sitemaps.org documents, written with the JDK's StAX writer (it escapes
 * text and attributes; nothing here concatenates markup). Characters XML 1.0 cannot carry at all
 * (C0 controls but tab, newline and carriage return; unpaired surrogates; U+FFFE/U+FFFF) are
 * dropped from text, as no parser would accept the document with them.
 */
public final class XmlDocuments {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private XmlDocuments() {
    }

    /** What a feed is about: its title, its own URL (also its Atom id) and the site's. */
    public record FeedInfo(String title, String selfUrl, String siteUrl) {
    }

    public static byte[] atom(FeedInfo info, List<FeedEntry> entries, SiteLinks links) {
        return write(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            text(w, "title", info.title());
            text(w, "id", info.selfUrl());
            text(w, "updated", time(newest(entries)));
            link(w, "self", info.selfUrl(), "application/atom+xml");
            link(w, "alternate", info.siteUrl(), null);
            text(w, "generator", "Inkwell");
            for (FeedEntry entry : entries) {
                PostSummary post = entry.summary();
                w.writeStartElement("entry");
                text(w, "title", post.title());
                link(w, "alternate", links.post(post.slug()), "text/html");
                text(w, "id", "urn:uuid:" + post.id());
                text(w, "published", time(post.publishedAt()));
                text(w, "updated", time(post.updatedAt()));
                w.writeStartElement("author");
                text(w, "name", post.author().name());
                w.writeEndElement();
                for (CategoryRef category : post.categories()) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", category.slug());
                    w.writeAttribute("label", clean(category.name()));
                }
                for (String tag : post.tags()) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", clean(tag));
                }
                if (post.excerpt() != null) {
                    text(w, "summary", post.excerpt());
                }
                if (entry.contentHtml() != null) {
                    w.writeStartElement("content");
                    w.writeAttribute("type", "html");
                    w.writeCharacters(clean(entry.contentHtml()));
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    public static byte[] rss(FeedInfo info, List<FeedEntry> entries, SiteLinks links) {
        return write(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM);
            w.writeNamespace("content", CONTENT);
            w.writeNamespace("dc", DC);
            w.writeStartElement("channel");
            text(w, "title", info.title());
            text(w, "link", info.siteUrl());
            text(w, "description", info.title());
            w.writeEmptyElement("atom", "link", ATOM);
            w.writeAttribute("href", info.selfUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            text(w, "lastBuildDate", rfc822(newest(entries)));
            text(w, "generator", "Inkwell");
            for (FeedEntry entry : entries) {
                PostSummary post = entry.summary();
                w.writeStartElement("item");
                text(w, "title", post.title());
                text(w, "link", links.post(post.slug()));
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "false");
                w.writeCharacters("urn:uuid:" + post.id());
                w.writeEndElement();
                text(w, "pubDate", rfc822(post.publishedAt()));
                w.writeStartElement("dc", "creator", DC);
                w.writeCharacters(clean(post.author().name()));
                w.writeEndElement();
                for (CategoryRef category : post.categories()) {
                    text(w, "category", category.name());
                }
                for (String tag : post.tags()) {
                    text(w, "category", tag);
                }
                if (post.excerpt() != null) { // RSS readers take a description as HTML: the excerpt is text
                    text(w, "description", html(post.excerpt()));
                }
                if (entry.contentHtml() != null) {
                    w.writeStartElement("content", "encoded", CONTENT);
                    w.writeCharacters(clean(entry.contentHtml()));
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    public static byte[] urlset(List<SitemapUrl> urls, SiteLinks links) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            for (SitemapUrl url : urls) {
                w.writeStartElement("url");
                text(w, "loc", links.of(url));
                text(w, "lastmod", time(url.lastModified()));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    public static byte[] sitemapIndex(List<String> partUrls) {
        return write(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP);
            for (String url : partUrls) {
                w.writeStartElement("sitemap");
                text(w, "loc", url);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write an XML document", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        if (type != null) {
            w.writeAttribute("type", type);
        }
        w.writeAttribute("href", href);
    }

    /** The newest {@code updatedAt} of the entries; the epoch for an empty feed (stable, so its ETag is too). */
    private static Instant newest(List<FeedEntry> entries) {
        return entries.stream().map(e -> e.summary().updatedAt()).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    /** RFC 3339 in UTC, to the second (Atom, sitemaps). */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** RFC 822 dates as RSS 2.0 has them. */
    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Plain {@code text} as HTML text (then escaped again by the XML writer, as RSS wants it). */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code text} without the characters XML 1.0 does not allow. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
