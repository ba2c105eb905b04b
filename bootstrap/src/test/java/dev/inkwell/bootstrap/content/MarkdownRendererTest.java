package dev.inkwell.bootstrap.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.domain.post.PostContent;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What Markdown becomes, and the hostile Markdown that must come out harmless. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.toSafeHtml(new PostContent(markdown));
    }

    @Test
    void commonmark_with_github_tables_and_strikethrough() {
        assertThat(html("# Title\n\nSome *em* and **strong** and ~~gone~~.")).isEqualTo(
                "<h1>Title</h1>\n<p>Some <em>em</em> and <strong>strong</strong> and <del>gone</del>.</p>\n");
        assertThat(html("| a | b |\n|---|:-:|\n| 1 | 2 |")).contains("<table>", "<th>a</th>", "<td align=\"center\">2</td>");
        assertThat(html("```java\nint x = 1 < 2;\n```")).isEqualTo(
                "<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;\n</code></pre>\n");
        assertThat(html("3. three\n4. four")).contains("<ol start=\"3\">");
    }

    @Test
    void links_keep_http_and_mailto_and_get_nofollow_noopener() {
        // the sanitiser writes rel's two tokens in either order: the same link relations
        assertThat(html("[site](https://example.com/a?b=1&c=2)")).matches(
                "<p><a href=\"https://example.com/a\\?b&#61;1&amp;c&#61;2\" rel=\"(nofollow noopener|noopener nofollow)\">"
                        + "site</a></p>\n");
        assertThat(html("<mailto:ada@example.com>")).contains("href=\"mailto:ada&#64;example.com\"");
        assertThat(html("![alt](https://img.example/a.png \"t\")"))
                .contains("<img src=\"https://img.example/a.png\" alt=\"alt\" title=\"t\" />");
    }

    /** Hostile Markdown: raw HTML, dangerous URLs, attribute injection, and OWASP cheat-sheet tricks. */
    static List<String> hostile() {
        return List.of(
                "<script>alert(1)</script>",
                "Text <script src=//evil.example/x.js></script> more",
                "<SCRIPT>alert(1)</SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "<style>body{display:none}</style>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<svg onload=alert(1)><circle r=10></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](java&#x09;script:alert(1))",
                "[x](  javascript:alert(1)  )",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "[x](vbscript:msgbox(1))",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p onmouseover=\"alert(1)\">hover</p>",
                "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
                "<form action=\"https://evil.example\"><input name=a><button>go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<details open ontoggle=alert(1)>",
                "<body onload=alert(1)>",
                "[a](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
                "![a\" onerror=\"alert(1)](x.png)",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
                "<IMG SRC=`javascript:alert(1)`>",
                "<<SCRIPT>alert(1);//<</SCRIPT>",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<template><script>alert(1)</script></template>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
                "~~<script>alert(1)</script>~~",
                "```\n</code></pre><script>alert(1)</script>\n```",
                "<a href=\"https://ok.example\" target=\"_blank\" rel=\"opener\">x</a>");
    }

    private static final List<String> FORBIDDEN = List.of("<script", "</script", "<style", "<iframe", "<svg", "<math",
            "<object", "<embed", "<form", "<input", "<button", "<meta", "<base", "<link", "<template", "<body",
            "<details", "srcdoc", "javascript:", "vbscript:", "data:", "style=", "target=", "background=");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ALLOWED_TAG = Pattern.compile("</?(a|img|pre|code|hr|br|del|s|table|thead|tbody|tr|th"
            + "|td|ul|ol|li|blockquote|h[1-6]|p|em|strong|b|i|u|sub|sup|strike|tt|big|small|div|span)(\\s[^>]*)?/?>");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @MethodSource("hostile")
    void hostile_markdown_comes_out_without_anything_that_runs(String markdown) {
        String out = html(markdown);
        // text is escaped (no "<" survives in it), so what could run is inside a tag: look at every tag
        Matcher tags = TAG.matcher(out);
        while (tags.find()) {
            String tag = tags.group().toLowerCase(Locale.ROOT);
            for (String forbidden : FORBIDDEN) {
                assertThat(tag).as("%s in %s", forbidden, out).doesNotContain(forbidden);
            }
            assertThat(EVENT_ATTRIBUTE.matcher(tag).find()).as("an event handler attribute in %s", out).isFalse();
            assertThat(ALLOWED_TAG.matcher(tag).matches()).as("%s is not an allowed element (in %s)", tag, out).isTrue();
        }
    }
}
