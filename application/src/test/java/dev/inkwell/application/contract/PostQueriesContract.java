package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.PostVisibility;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PostQueries} promises about which posts it returns and in what order (names,
 * counts and categories are the database's business); run against the fake and against PostgreSQL.
 */
public abstract class PostQueriesContract extends PortContract {

    /** A post stored as written at {@code at}, published then too when asked. */
    private Post stored(UserId author, Instant at, boolean published) {
        String slug = unique("q");
        Post post = Post.restore(PostId.newId(), author, new PostTitle("Title " + slug), new Slug(slug), null,
                new PostContent("Content"), Set.of(), Tags.none(), published, published ? at : null, published, at, at);
        tx().run(() -> posts().add(post));
        return post;
    }

    @Test
    void an_authors_drafts_come_newest_first_paged_and_without_anyone_elses() {
        UserId author = anActiveUser();
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        Post oldest = stored(author, t, false);
        Post middle = stored(author, t.plusSeconds(1), false);
        Post newest = stored(author, t.plusSeconds(2), false);
        stored(author, t.plusSeconds(3), true);
        stored(anActiveUser(), t.plusSeconds(4), false);
        Page<PostSummary> first = tx().call(() -> postQueries().drafts(author, new PageRequest(1, 2)));
        assertThat(first.items()).extracting(PostSummary::id).containsExactly(newest.id().value(), middle.id().value());
        assertThat(first.total()).isEqualTo(3);
        assertThat(tx().call(() -> postQueries().drafts(author, new PageRequest(2, 2))).items())
                .extracting(PostSummary::id).containsExactly(oldest.id().value());
    }

    @Test
    void a_post_is_found_by_slug_and_by_id_draft_or_published() {
        UserId author = anActiveUser();
        Post draft = stored(author, Instant.parse("2026-01-02T10:00:00Z"), false);
        Post published = stored(author, Instant.parse("2026-01-02T11:00:00Z"), true);
        PostDetail bySlug = tx().call(() -> postQueries().findBySlug(draft.slug().value(), 20)).orElseThrow();
        assertThat(bySlug.summary().id()).isEqualTo(draft.id().value());
        assertThat(bySlug.summary().published()).isFalse();
        assertThat(bySlug.content()).isEqualTo("Content");
        PostDetail byId = tx().call(() -> postQueries().findById(published.id(), 20)).orElseThrow();
        assertThat(byId.summary().slug()).isEqualTo(published.slug().value());
        assertThat(byId.summary().published()).isTrue();
        assertThat(byId.summary().author().id()).isEqualTo(author.value());
        assertThat(tx().call(() -> postQueries().findBySlug(unique("missing"), 20))).isEmpty();
    }

    @Test
    void a_published_posts_id_is_found_by_slug_and_a_drafts_or_a_deleted_authors_is_not() {
        UserId author = anActiveUser();
        Post draft = stored(author, Instant.parse("2026-01-04T10:00:00Z"), false);
        Post published = stored(author, Instant.parse("2026-01-04T11:00:00Z"), true);
        assertThat(tx().call(() -> postQueries().publishedIdBySlug(published.slug().value()))).contains(published.id());
        assertThat(tx().call(() -> postQueries().publishedIdBySlug(draft.slug().value()))).isEmpty();
        assertThat(tx().call(() -> postQueries().publishedIdBySlug(unique("missing")))).isEmpty();
        softDelete(author);
        assertThat(tx().call(() -> postQueries().publishedIdBySlug(published.slug().value()))).isEmpty();
    }

    @Test
    void a_posts_visibility_is_its_author_and_state_and_posts_of_deleted_authors_have_none() {
        UserId author = anActiveUser();
        Post draft = stored(author, Instant.parse("2026-01-03T10:00:00Z"), false);
        Post published = stored(author, Instant.parse("2026-01-03T11:00:00Z"), true);
        assertThat(tx().call(() -> postQueries().visibility(draft.id())))
                .contains(new PostVisibility(author, false));
        assertThat(tx().call(() -> postQueries().visibility(published.id())))
                .contains(new PostVisibility(author, true));
        assertThat(tx().call(() -> postQueries().visibility(PostId.newId()))).isEmpty();
        softDelete(author);
        assertThat(tx().call(() -> postQueries().visibility(published.id()))).isEmpty();
    }

    @Test
    void the_feed_continues_strictly_after_the_cursor_newest_first_and_skips_drafts() {
        UserId author = anActiveUser();
        Instant ancient = Instant.parse("2001-01-01T00:00:00Z");
        Post p1 = stored(author, ancient.plusSeconds(1), true);
        stored(author, ancient.plusSeconds(2), false);
        Post p3 = stored(author, ancient.plusSeconds(3), true);
        Post p4 = stored(author, ancient.plusSeconds(4), true);
        FeedCursor afterP4 = new FeedCursor(p4.publishedAt().orElseThrow(), p4.id().value());
        assertThat(tx().call(() -> postQueries().feed(afterP4, 10))).extracting(PostSummary::id)
                .containsExactly(p3.id().value(), p1.id().value());
        assertThat(tx().call(() -> postQueries().feed(afterP4, 1))).extracting(PostSummary::id)
                .containsExactly(p3.id().value());
        FeedCursor atP4WithSmallerId = new FeedCursor(p4.publishedAt().orElseThrow(), new UUID(0, 0));
        assertThat(tx().call(() -> postQueries().feed(atP4WithSmallerId, 10))).extracting(PostSummary::id)
                .doesNotContain(p4.id().value());
    }
}
