package dev.inkwell.bootstrap.content;

import dev.inkwell.application.port.out.ContentRenderer;
import dev.inkwell.domain.post.PostContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * CommonMark (with GitHub tables and strikethrough) by commonmark-java, then the OWASP Java HTML
 * Sanitizer with an allow-list: the elements Markdown produces, links and images over http(s)
 * and mailto only (no {@code javascript:}, no {@code data:}), no attribute but those listed — so
 * no event handler, style, script, iframe or form survives, whether it came from raw HTML in the
 * Markdown or from a trick of the renderer. Links get {@code rel="nofollow noopener"}. Both
 * objects are immutable and thread-safe.
 */
@ApplicationScoped
public class MarkdownRenderer implements ContentRenderer {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create());

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "img", "pre", "code", "hr", "br", "del", "s", "table", "thead", "tbody",
                            "tr", "th", "td", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "p")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener")
                    .allowAttributes("src", "alt", "title").onElements("img")
                    .allowAttributes("title").onElements("a")
                    .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
                    .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                    .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    @Override
    public String toSafeHtml(PostContent content) {
        return POLICY.sanitize(renderer.render(parser.parse(content.value())));
    }
}
