package dev.inkwell.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostRenderingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final Actor author = new Actor(UserId.newId(), Role.USER);

    private Post draft(String content) {
        return Post.draft(author.id(), new PostTitle("Title"), new PostContent(content), null, Set.of(), Tags.none(),
                new Slug("title"), T0);
    }

    @Test
    void a_new_post_needs_rendering_until_it_is_rendered_with_its_reading_time() {
        Post post = draft("two words");
        assertThat(post.needsRendering()).isTrue();
        assertThat(post.rendered()).isEmpty();
        post.render(md -> "<p>" + md.value() + "</p>");
        assertThat(post.needsRendering()).isFalse();
        assertThat(post.rendered()).contains(new RenderedContent("<p>two words</p>", 1));
    }

    @Test
    void the_reading_time_is_counted_from_the_markdown_source_not_the_html() {
        Post post = draft("word ".repeat(231));
        post.render(md -> "");
        assertThat(post.rendered().orElseThrow().readingTimeMinutes()).isEqualTo(2);
    }

    @Test
    void changing_the_content_needs_a_new_rendering_and_other_edits_do_not() {
        Post post = draft("first");
        post.render(PostContent::value);
        post.edit(author, new PostChanges(new PostTitle("Other"), null, new Excerpt("e"), null), T0);
        assertThat(post.needsRendering()).isFalse();
        post.edit(author, new PostChanges(null, new PostContent("first"), null, null), T0);
        assertThat(post.needsRendering()).as("the same content again").isFalse();
        post.edit(author, new PostChanges(null, new PostContent("second"), null, null), T0);
        assertThat(post.needsRendering()).isTrue();
    }

    @Test
    void the_text_is_what_a_revision_keeps_and_an_absent_excerpt_removes_the_current_one() {
        Post post = draft("body");
        post.edit(author, new PostChanges(null, null, new Excerpt("short"), null), T0);
        PostText withExcerpt = post.text();
        assertThat(withExcerpt.optionalExcerpt()).contains(new Excerpt("short"));
        PostText without = new PostText(new PostTitle("Title"), null, new PostContent("body"));
        post.edit(author, without.asChanges(), T0);
        assertThat(post.excerpt()).isEmpty();
        assertThat(post.text()).isEqualTo(without);
        assertThat(new PostText(new PostTitle("t"), new Excerpt(" "), new PostContent("c")).excerpt()).isNull();
    }

    @Test
    void a_rendering_has_html_and_at_least_a_minute() {
        assertThatThrownBy(() -> new RenderedContent(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RenderedContent("", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
