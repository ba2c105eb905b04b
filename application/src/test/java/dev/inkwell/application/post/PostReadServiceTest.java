package dev.inkwell.application.post;

import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.FeedPage;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.PostId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostReadServiceTest {

    final PublishingFixture f = new PublishingFixture();

    @Test
    void a_draft_is_found_only_by_its_author_and_admins() {
        String slug = f.draft("Secret").summary().slug();
        assertThat(f.reads.read(slug, Optional.of(f.author)).summary().title()).isEqualTo("Secret");
        assertThat(f.reads.read(slug, Optional.of(f.admin)).summary().title()).isEqualTo("Secret");
        assertThatThrownBy(() -> f.reads.read(slug, Optional.of(f.moderator))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.reads.read(slug, Optional.of(f.stranger))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.reads.read(slug, Optional.empty())).isInstanceOf(NotFound.class);
    }

    /** RealWorld's articles are published posts only: a draft is no article, not even for its author. */
    @Test
    void the_published_only_reads_do_not_find_a_draft_even_for_its_author_or_an_admin() {
        String draft = f.draft("Secret").summary().slug();
        assertThatThrownBy(() -> f.reads.readPublished(draft, Optional.of(f.author))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.reads.readPublished(draft, Optional.of(f.admin))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.reads.publishedId(draft)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.commentService.listOfPublished(draft, Optional.of(f.author),
                new dev.inkwell.application.port.model.PageRequest(1, 10))).isInstanceOf(NotFound.class);
        var published = f.published("Public").summary();
        assertThat(f.reads.readPublished(published.slug(), Optional.empty()).summary().id()).isEqualTo(published.id());
        assertThat(f.reads.publishedId(published.slug()).value()).isEqualTo(published.id());
        assertThat(f.commentService.listOfPublished(published.slug(), Optional.empty(),
                new dev.inkwell.application.port.model.PageRequest(1, 10)).items()).isEmpty();
        assertThatThrownBy(() -> f.reads.publishedId("no-such-post")).isInstanceOf(NotFound.class);
    }

    @Test
    void a_published_post_is_found_by_anyone() {
        String slug = f.published("Public").summary().slug();
        assertThat(f.reads.read(slug, Optional.empty()).summary().published()).isTrue();
    }

    @Test
    void the_feed_pages_with_a_cursor_that_is_null_at_the_end() {
        for (int i = 0; i < 5; i++) {
            f.published("Post " + i);
            f.clock.advanceSeconds(1);
        }
        FeedPage first = f.reads.feed(null, 2, Optional.empty());
        assertThat(first.items()).extracting(PostSummary::title).containsExactly("Post 4", "Post 3");
        FeedPage second = f.reads.feed(FeedCursor.parse(first.next().encode()), 2, Optional.empty());
        assertThat(second.items()).extracting(PostSummary::title).containsExactly("Post 2", "Post 1");
        FeedPage last = f.reads.feed(second.next(), 2, Optional.empty());
        assertThat(last.items()).extracting(PostSummary::title).containsExactly("Post 0");
        assertThat(last.next()).isNull();
    }

    @Test
    void a_feed_of_exactly_one_page_has_no_next_cursor() {
        f.published("Only");
        assertThat(f.reads.feed(null, 1, Optional.empty()).next()).isNull();
    }

    @Test
    void a_cursor_that_was_not_issued_here_is_a_400_on_after() {
        for (String bad : List.of("x", "bm90IGEgY3Vyc29y", "MjAyNi0xMS0yMVQxNDoyMDowMFp8bm90LWEtdXVpZA")) {
            assertThatThrownBy(() -> FeedCursor.parse(bad)).as(bad).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("after"));
        }
        assertThat(FeedCursor.parse("")).isNull();
    }

    @Test
    void popular_posts_are_cached_until_a_change_drops_them() {
        PostId id = postId(f.published("Popular"));
        f.reads.popular(Optional.empty());
        f.reads.popular(Optional.empty());
        assertThat(f.posts.mostCommentedCalls).isEqualTo(1);
        f.workflow.unpublish(f.author, id);
        assertThat(f.reads.popular(Optional.empty())).isEmpty();
        assertThat(f.posts.mostCommentedCalls).isEqualTo(2);
    }

    @Test
    void drafts_are_the_callers_own() {
        f.draft("Mine 1");
        f.published("Mine but published");
        assertThat(f.reads.drafts(f.author, dev.inkwell.application.port.model.PageRequest.parse(null, null)).items())
                .extracting(PostSummary::title).containsExactly("Mine 1");
        assertThat(f.reads.drafts(f.stranger, dev.inkwell.application.port.model.PageRequest.parse(null, null)).items())
                .isEmpty();
    }
}
