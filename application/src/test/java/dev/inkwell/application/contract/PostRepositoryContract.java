package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.now;
import static dev.inkwell.application.contract.Samples.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostChanges;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostStatus;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.post.PublishAt;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link PostRepository} promises; run against the fake and against PostgreSQL. */
public abstract class PostRepositoryContract extends PortContract {

    protected Post draft(UserId author, String slug, Set<CategoryId> categories) {
        Post post = Post.draft(author, new PostTitle("Title " + slug), new PostContent("Content"), new Excerpt(""),
                categories, Tags.none(), new Slug(slug), now());
        tx().run(() -> posts().add(post));
        return post;
    }

    @Test
    void a_post_round_trips_with_its_categories_and_an_update_replaces_them() {
        UserId author = anActiveUser();
        CategoryId a = aCategory();
        CategoryId b = aCategory();
        Post post = draft(author, unique("round-trip"), Set.of(a));
        Post loaded = tx().call(() -> posts().findById(post.id())).orElseThrow();
        assertThat(loaded.categories()).containsExactly(a);
        assertThat(loaded.excerpt()).isEmpty();
        assertThat(loaded.slug()).isEqualTo(post.slug());
        assertThat(loaded.createdAt()).isEqualTo(post.createdAt());
        tx().run(() -> {
            Post managed = posts().findById(post.id()).orElseThrow();
            managed.edit(new Actor(author, Role.USER),
                    new PostChanges(null, null, new Excerpt("Now with an excerpt"), Set.of(b)), now());
            managed.publish(new Actor(author, Role.USER), now());
            posts().update(managed);
        });
        Post again = tx().call(() -> posts().findById(post.id())).orElseThrow();
        assertThat(again.categories()).containsExactly(b);
        assertThat(again.excerpt()).contains(new Excerpt("Now with an excerpt"));
        assertThat(again.isPublished()).isTrue();
        assertThat(again.isSlugFrozen()).isTrue();
    }

    @Test
    void a_scheduled_post_round_trips_with_its_time_and_publishing_clears_it() {
        UserId author = anActiveUser();
        Actor writer = new Actor(author, Role.USER);
        Post post = draft(author, unique("scheduled"), Set.of());
        Instant at = now().plusSeconds(3600);
        tx().run(() -> {
            Post managed = posts().findById(post.id()).orElseThrow();
            managed.schedule(writer, new PublishAt(at), now());
            posts().update(managed);
        });
        Post scheduled = tx().call(() -> posts().findById(post.id())).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).contains(new PublishAt(at));
        tx().run(() -> {
            Post managed = posts().findById(post.id()).orElseThrow();
            managed.publishScheduled(at.plusSeconds(1));
            posts().update(managed);
        });
        Post published = tx().call(() -> posts().findById(post.id())).orElseThrow();
        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publishedAt()).contains(at);
        assertThat(published.scheduledAt()).isEmpty();
    }

    @Test
    void the_due_posts_are_claimed_oldest_first_and_no_others() {
        UserId author = anActiveUser();
        Actor writer = new Actor(author, Role.USER);
        Instant base = now().plusSeconds(7200);
        List<Post> drafts = List.of(draft(author, unique("due-b"), Set.of()), draft(author, unique("due-a"), Set.of()),
                draft(author, unique("not-due"), Set.of()), draft(author, unique("just-a-draft"), Set.of()));
        long[] offsets = {20, 10, 3600};
        for (int i = 0; i < offsets.length; i++) {
            PostId id = drafts.get(i).id();
            long offset = offsets[i];
            tx().run(() -> {
                Post managed = posts().findById(id).orElseThrow();
                managed.schedule(writer, new PublishAt(base.plusSeconds(offset)), now());
                posts().update(managed);
            });
        }
        Instant at = base.plusSeconds(30);
        List<PostId> claimed = tx().call(() -> storage().duePosts().claimDue(at, 100));
        assertThat(claimed).containsSubsequence(drafts.get(1).id(), drafts.get(0).id())
                .doesNotContain(drafts.get(2).id(), drafts.get(3).id());
        assertThat(tx().call(() -> storage().duePosts().claimDue(at, 1))).hasSize(1);
    }

    @Test
    void a_taken_slug_is_a_conflict_about_the_post_slug() {
        UserId author = anActiveUser();
        String slug = unique("taken");
        draft(author, slug, Set.of());
        assertThatThrownBy(() -> draft(author, slug, Set.of()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.subject()).isEqualTo(Subject.POST_SLUG));
    }

    @Test
    void slugs_like_a_base_are_the_base_and_its_dash_extensions() {
        UserId author = anActiveUser();
        String base = unique("base");
        for (String slug : new String[]{base, base + "-2", base + "-extra", base + "x", "x" + base}) {
            draft(author, slug, Set.of());
        }
        assertThat(tx().call(() -> posts().slugsLike(new Slug(base))))
                .containsExactlyInAnyOrder(base, base + "-2", base + "-extra");
    }

    @Test
    void a_deleted_post_is_gone() {
        Post post = draft(anActiveUser(), unique("deleted"), Set.of());
        tx().run(() -> posts().delete(post.id()));
        assertThat(tx().call(() -> posts().findById(post.id()))).isEmpty();
    }

    @Test
    void the_post_of_a_soft_deleted_author_is_not_found() {
        UserId author = anActiveUser();
        Post post = draft(author, unique("orphan"), Set.of());
        softDelete(author);
        assertThat(tx().call(() -> posts().findById(post.id()))).isEmpty();
    }

    @Test
    void a_loaded_post_changes_only_through_update() {
        UserId author = anActiveUser();
        Post post = draft(author, unique("snapshot"), Set.of());
        Post loaded = tx().call(() -> posts().findById(post.id())).orElseThrow();
        loaded.publish(new Actor(author, Role.USER), now());
        assertThat(tx().call(() -> posts().findById(post.id())).orElseThrow().isPublished()).isFalse();
    }
}
