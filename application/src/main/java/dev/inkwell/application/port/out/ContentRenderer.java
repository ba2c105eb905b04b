package dev.inkwell.application.port.out;

import dev.inkwell.domain.post.PostContent;

/**
 * A post's Markdown as the HTML readers get: rendered once per change (never per read) and
 * sanitised with an allow-list, so that nothing in it can run in a reader's browser.
 */
public interface ContentRenderer {

    String toSafeHtml(PostContent content);
}
